#pragma warning disable CA1720 // The members are named after the GGUF specification's type names on purpose.

namespace GenGateway.LlamaCpp.Gguf;

/// <summary>Metadata value types of the GGUF format (<c>enum gguf_type</c>).</summary>
public enum GgufValueType : uint
{
    /// <summary>uint8.</summary>
    UInt8 = 0,

    /// <summary>int8.</summary>
    Int8 = 1,

    /// <summary>uint16.</summary>
    UInt16 = 2,

    /// <summary>int16.</summary>
    Int16 = 3,

    /// <summary>uint32.</summary>
    UInt32 = 4,

    /// <summary>int32.</summary>
    Int32 = 5,

    /// <summary>float32.</summary>
    Float32 = 6,

    /// <summary>bool (one byte).</summary>
    Bool = 7,

    /// <summary>UTF-8 string with a uint64 length.</summary>
    String = 8,

    /// <summary>Array of one element type.</summary>
    Array = 9,

    /// <summary>uint64.</summary>
    UInt64 = 10,

    /// <summary>int64.</summary>
    Int64 = 11,

    /// <summary>float64.</summary>
    Float64 = 12,
}
