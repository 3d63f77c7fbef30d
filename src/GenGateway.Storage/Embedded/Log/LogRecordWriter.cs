using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace GenGateway.Storage.Embedded.Log;

/// <summary>Encodes records into frames appended to one buffer, so a whole batch is written with one call.</summary>
internal sealed class LogRecordWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private int _frameStart = -1;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.WrittenMemory;

    public int WrittenCount => _buffer.WrittenCount;

    public void Clear() => _buffer.Clear();

    /// <summary>Appends one point frame and returns its offset within the buffer and its frame length.</summary>
    public (int Offset, int Length) AppendPoint(VectorPoint point)
    {
        BeginFrame();
        WriteByte((byte)LogRecordKind.Point);
        WriteString(point.Tenant);
        WriteString(point.UserId);
        WriteString(point.Id);
        WriteString(point.Kind);
        WriteInt64(point.OccurredAt.UtcTicks);
        WriteInt16((short)point.OccurredAt.Offset.TotalMinutes);
        var vector = point.Vector.Span;
        WriteInt32(vector.Length);
        var span = _buffer.GetSpan(vector.Length * sizeof(float));
        if (BitConverter.IsLittleEndian)
        {
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector).CopyTo(span);
        }
        else
        {
            for (var i = 0; i < vector.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(span.Slice(i * sizeof(float)), vector[i]);
            }
        }

        _buffer.Advance(vector.Length * sizeof(float));
        WriteInt32(point.Payload.Count);
        foreach (var (key, value) in point.Payload)
        {
            WriteString(key);
            WriteString(value);
        }

        return EndFrame();
    }

    public (int Offset, int Length) AppendDelete(VectorFilter filter)
    {
        BeginFrame();
        WriteByte((byte)LogRecordKind.Delete);
        WriteString(filter.Tenant);
        WriteByte(filter.UserId is null ? (byte)0 : (byte)1);
        if (filter.UserId is not null)
        {
            WriteString(filter.UserId);
        }

        var kinds = filter.Kinds ?? [];
        WriteInt32(kinds.Count);
        foreach (var kind in kinds)
        {
            WriteString(kind);
        }

        return EndFrame();
    }

    private void BeginFrame()
    {
        _frameStart = _buffer.WrittenCount;
        _buffer.GetSpan(LogFormat.FrameHeaderBytes);
        _buffer.Advance(LogFormat.FrameHeaderBytes);
    }

    private (int Offset, int Length) EndFrame()
    {
        var start = _frameStart;
        var frameLength = _buffer.WrittenCount - start;
        var bodyLength = frameLength - LogFormat.FrameHeaderBytes;
        if (bodyLength > LogFormat.MaxBodyBytes)
        {
            throw new ArgumentException($"A vector store record is {bodyLength} bytes; the limit is {LogFormat.MaxBodyBytes}.");
        }

        // ArrayBufferWriter exposes written bytes read-only; the header is patched through the backing array.
        var written = System.Runtime.InteropServices.MemoryMarshal.AsMemory(_buffer.WrittenMemory).Span;
        var body = written.Slice(start + LogFormat.FrameHeaderBytes, bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(written.Slice(start, 4), (uint)bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(written.Slice(start + 4, 4), Crc32.HashToUInt32(body));
        _frameStart = -1;
        return (start, frameLength);
    }

    private void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    private void WriteInt16(short value)
    {
        BinaryPrimitives.WriteInt16LittleEndian(_buffer.GetSpan(2), value);
        _buffer.Advance(2);
    }

    private void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    private void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    private void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteInt32(byteCount);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(byteCount));
        _buffer.Advance(byteCount);
    }
}
