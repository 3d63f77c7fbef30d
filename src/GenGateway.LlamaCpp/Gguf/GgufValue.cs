namespace GenGateway.LlamaCpp.Gguf;

/// <summary>One GGUF metadata value.</summary>
/// <param name="Type">The value's type.</param>
/// <param name="Value">
/// The value: a .NET scalar of the matching type (<see cref="uint"/> for <see cref="GgufValueType.UInt32"/>, ...),
/// a <see cref="string"/>, or for arrays a typed .NET array (<c>string[]</c>, <c>float[]</c>, <c>int[]</c>, ...).
/// </param>
/// <param name="ElementType">For arrays, the element type.</param>
public sealed record GgufValue(GgufValueType Type, object Value, GgufValueType ElementType = GgufValueType.UInt8)
{
    /// <summary>A string value.</summary>
    public static GgufValue Of(string value) => new(GgufValueType.String, value);

    /// <summary>A uint32 value.</summary>
    public static GgufValue Of(uint value) => new(GgufValueType.UInt32, value);

    /// <summary>A float32 value.</summary>
    public static GgufValue Of(float value) => new(GgufValueType.Float32, value);

    /// <summary>A bool value.</summary>
    public static GgufValue Of(bool value) => new(GgufValueType.Bool, value);
}
