using System.Buffers.Binary;
using System.Text;

namespace GenGateway.Storage.Embedded.Log;

/// <summary>Sequential little-endian reader over a record body; throws <see cref="InvalidDataException"/> on overrun.</summary>
internal ref struct SpanReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public byte ReadByte() => Take(1)[0];

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public string ReadString()
    {
        var length = ReadInt32();
        if (length < 0)
        {
            throw new InvalidDataException("Negative string length in vector log record.");
        }

        return Encoding.UTF8.GetString(Take(length));
    }

    public void ReadFloats(Span<float> destination)
    {
        var bytes = Take(destination.Length * sizeof(float));
        if (BitConverter.IsLittleEndian)
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).CopyTo(destination);
            return;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * sizeof(float), sizeof(float)));
        }
    }

    public readonly int Position => _position;

    public void Skip(int count) => Take(count);

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > _buffer.Length)
        {
            throw new InvalidDataException("Vector log record is shorter than its fields.");
        }

        var slice = _buffer.Slice(_position, count);
        _position += count;
        return slice;
    }
}
