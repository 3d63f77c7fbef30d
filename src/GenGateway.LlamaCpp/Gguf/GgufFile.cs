using System.Text;

namespace GenGateway.LlamaCpp.Gguf;

/// <summary>
/// Minimal GGUF v3 reader and writer: metadata in full, tensors as F32 only. Enough to inspect a model's metadata and
/// to write small random-weight models for tests and benchmarks (llama.cpp loads them like any GGUF).
/// </summary>
public static class GgufFile
{
    private const uint Magic = 0x46554747; // "GGUF" read as little-endian uint32
    private const uint Version = 3;
    private const int Alignment = 32;
    private const uint GgmlTypeF32 = 0;

    /// <summary>Reads every metadata key/value of a GGUF file (tensor data is not read).</summary>
    /// <exception cref="InvalidDataException">The file is not GGUF v2/v3.</exception>
    public static IReadOnlyDictionary<string, GgufValue> ReadMetadata(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException($"'{path}' is not a GGUF file.");
        }

        uint version = reader.ReadUInt32();
        if (version is < 2 or > 3)
        {
            throw new InvalidDataException($"'{path}' is GGUF version {version}; only 2 and 3 are supported.");
        }

        _ = reader.ReadUInt64(); // tensor count
        ulong kvCount = reader.ReadUInt64();
        var metadata = new Dictionary<string, GgufValue>(StringComparer.Ordinal);
        for (ulong i = 0; i < kvCount; i++)
        {
            string key = ReadString(reader);
            var type = (GgufValueType)reader.ReadUInt32();
            metadata[key] = ReadValue(reader, type);
        }

        return metadata;
    }

    /// <summary>Writes a GGUF v3 file with the given metadata and F32 tensors.</summary>
    public static void Write(string path, IEnumerable<KeyValuePair<string, GgufValue>> metadata, IReadOnlyList<GgufTensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(tensors);
        var entries = metadata.ToList();
        using FileStream stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((ulong)tensors.Count);
        writer.Write((ulong)entries.Count);
        foreach ((string key, GgufValue value) in entries)
        {
            WriteString(writer, key);
            writer.Write((uint)value.Type);
            WriteValue(writer, value);
        }

        ulong offset = 0;
        foreach (GgufTensor tensor in tensors)
        {
            long elements = tensor.Dimensions.Aggregate(1L, (a, b) => a * b);
            if (elements != tensor.Data.Length)
            {
                throw new ArgumentException($"Tensor '{tensor.Name}' has {tensor.Data.Length} values but dimensions of {elements}.", nameof(tensors));
            }

            WriteString(writer, tensor.Name);
            writer.Write((uint)tensor.Dimensions.Length);
            foreach (long dimension in tensor.Dimensions)
            {
                writer.Write((ulong)dimension);
            }

            writer.Write(GgmlTypeF32);
            writer.Write(offset);
            offset += Align((ulong)tensor.Data.Length * sizeof(float));
        }

        Pad(writer);
        foreach (GgufTensor tensor in tensors)
        {
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(tensor.Data.AsSpan()));
            Pad(writer);
        }
    }

    private static ulong Align(ulong size) => (size + Alignment - 1) / Alignment * Alignment;

    private static void Pad(BinaryWriter writer)
    {
        long position = writer.BaseStream.Position;
        long padding = (long)Align((ulong)position) - position;
        for (long i = 0; i < padding; i++)
        {
            writer.Write((byte)0);
        }
    }

    private static string ReadString(BinaryReader reader)
    {
        ulong length = reader.ReadUInt64();
        return Encoding.UTF8.GetString(reader.ReadBytes(checked((int)length)));
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }

    private static GgufValue ReadValue(BinaryReader reader, GgufValueType type)
    {
        if (type != GgufValueType.Array)
        {
            return new GgufValue(type, ReadScalar(reader, type));
        }

        var elementType = (GgufValueType)reader.ReadUInt32();
        int count = checked((int)reader.ReadUInt64());
        Array array = elementType switch
        {
            GgufValueType.UInt8 => reader.ReadBytes(count),
            GgufValueType.Int8 => ReadArray(count, () => reader.ReadSByte()),
            GgufValueType.UInt16 => ReadArray(count, reader.ReadUInt16),
            GgufValueType.Int16 => ReadArray(count, reader.ReadInt16),
            GgufValueType.UInt32 => ReadArray(count, reader.ReadUInt32),
            GgufValueType.Int32 => ReadArray(count, reader.ReadInt32),
            GgufValueType.Float32 => ReadArray(count, reader.ReadSingle),
            GgufValueType.Bool => ReadArray(count, () => reader.ReadByte() != 0),
            GgufValueType.String => ReadArray(count, () => ReadString(reader)),
            GgufValueType.UInt64 => ReadArray(count, reader.ReadUInt64),
            GgufValueType.Int64 => ReadArray(count, reader.ReadInt64),
            GgufValueType.Float64 => ReadArray(count, reader.ReadDouble),
            _ => throw new InvalidDataException($"Unsupported GGUF array element type {elementType}."),
        };
        return new GgufValue(GgufValueType.Array, array, elementType);
    }

    private static T[] ReadArray<T>(int count, Func<T> read)
    {
        var array = new T[count];
        for (int i = 0; i < count; i++)
        {
            array[i] = read();
        }

        return array;
    }

    private static object ReadScalar(BinaryReader reader, GgufValueType type) => type switch
    {
        GgufValueType.UInt8 => reader.ReadByte(),
        GgufValueType.Int8 => reader.ReadSByte(),
        GgufValueType.UInt16 => reader.ReadUInt16(),
        GgufValueType.Int16 => reader.ReadInt16(),
        GgufValueType.UInt32 => reader.ReadUInt32(),
        GgufValueType.Int32 => reader.ReadInt32(),
        GgufValueType.Float32 => reader.ReadSingle(),
        GgufValueType.Bool => reader.ReadByte() != 0,
        GgufValueType.String => ReadString(reader),
        GgufValueType.UInt64 => reader.ReadUInt64(),
        GgufValueType.Int64 => reader.ReadInt64(),
        GgufValueType.Float64 => reader.ReadDouble(),
        _ => throw new InvalidDataException($"Unsupported GGUF value type {type}."),
    };

    private static void WriteValue(BinaryWriter writer, GgufValue value)
    {
        if (value.Type != GgufValueType.Array)
        {
            WriteScalar(writer, value.Type, value.Value);
            return;
        }

        var array = (Array)value.Value;
        writer.Write((uint)value.ElementType);
        writer.Write((ulong)array.Length);
        foreach (object? element in array)
        {
            WriteScalar(writer, value.ElementType, element!);
        }
    }

    private static void WriteScalar(BinaryWriter writer, GgufValueType type, object value)
    {
        switch (type)
        {
            case GgufValueType.UInt8: writer.Write((byte)value); break;
            case GgufValueType.Int8: writer.Write((sbyte)value); break;
            case GgufValueType.UInt16: writer.Write((ushort)value); break;
            case GgufValueType.Int16: writer.Write((short)value); break;
            case GgufValueType.UInt32: writer.Write((uint)value); break;
            case GgufValueType.Int32: writer.Write((int)value); break;
            case GgufValueType.Float32: writer.Write((float)value); break;
            case GgufValueType.Bool: writer.Write((bool)value ? (byte)1 : (byte)0); break;
            case GgufValueType.String: WriteString(writer, (string)value); break;
            case GgufValueType.UInt64: writer.Write((ulong)value); break;
            case GgufValueType.Int64: writer.Write((long)value); break;
            case GgufValueType.Float64: writer.Write((double)value); break;
            default: throw new ArgumentException($"Unsupported GGUF value type {type}.", nameof(type));
        }
    }
}
