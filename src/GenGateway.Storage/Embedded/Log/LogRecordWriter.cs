using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using GenGateway.Storage.Embedded.Keys;

namespace GenGateway.Storage.Embedded.Log;

/// <summary>
/// Encodes records into frames appended to one buffer, so a whole batch is written with one call. A point's fields
/// (user id, event id, kind, time, vector, payload) are sealed with its user's key (AES-256-GCM, random nonce); only
/// the tenant and the key's random token stay readable, as the authenticated header.
/// </summary>
internal sealed class LogRecordWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly ArrayBufferWriter<byte> _plain = new(16 * 1024);
    private int _frameStart = -1;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.WrittenMemory;

    public int WrittenCount => _buffer.WrittenCount;

    public void Clear() => _buffer.Clear();

    /// <summary>Appends one sealed point frame and returns its offset within the buffer and its frame length.</summary>
    public (int Offset, int Length) AppendPoint(VectorPoint point, UserKey key, AesGcm cipher)
    {
        _plain.Clear();
        WriteString(_plain, point.UserId);
        WriteString(_plain, point.Id);
        WriteString(_plain, point.Kind);
        WriteInt64(_plain, point.OccurredAt.UtcTicks);
        WriteInt16(_plain, (short)point.OccurredAt.Offset.TotalMinutes);
        var vector = point.Vector.Span;
        WriteInt32(_plain, vector.Length);
        var span = _plain.GetSpan(vector.Length * sizeof(float));
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

        _plain.Advance(vector.Length * sizeof(float));
        WriteInt32(_plain, point.Payload.Count);
        foreach (var (name, value) in point.Payload)
        {
            WriteString(_plain, name);
            WriteString(_plain, value);
        }

        BeginFrame();
        var headerStart = _buffer.WrittenCount;
        WriteByte(_buffer, (byte)LogRecordKind.Point);
        WriteString(_buffer, point.Tenant);
        Write(_buffer, key.Token);
        var headerLength = _buffer.WrittenCount - headerStart;
        var plain = _plain.WrittenSpan;
        var sealedLength = LogFormat.NonceBytes + plain.Length + LogFormat.TagBytes;
        var target = _buffer.GetSpan(sealedLength)[..sealedLength];
        var nonce = target[..LogFormat.NonceBytes];
        RandomNumberGenerator.Fill(nonce);

        // The header is authenticated too, so a record cannot be moved under another tenant or token.
        var header = System.Runtime.InteropServices.MemoryMarshal.AsMemory(_buffer.WrittenMemory).Span.Slice(headerStart, headerLength);
        cipher.Encrypt(nonce, plain, target.Slice(LogFormat.NonceBytes, plain.Length), target[^LogFormat.TagBytes..], header);
        _buffer.Advance(sealedLength);
        return EndFrame();
    }

    /// <summary>Appends a delete of some kinds: of one user (by key token) or of the whole tenant (no token).</summary>
    public (int Offset, int Length) AppendDelete(string tenant, UserKey? user, IReadOnlyList<string> kinds)
    {
        BeginFrame();
        WriteByte(_buffer, (byte)LogRecordKind.Delete);
        WriteString(_buffer, tenant);
        WriteByte(_buffer, user is null ? (byte)0 : (byte)1);
        if (user is not null)
        {
            Write(_buffer, user.Token);
        }

        WriteInt32(_buffer, kinds.Count);
        foreach (var kind in kinds)
        {
            WriteString(_buffer, kind);
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

    private static void Write(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }

    private static void WriteByte(ArrayBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    private static void WriteInt16(ArrayBufferWriter<byte> buffer, short value)
    {
        BinaryPrimitives.WriteInt16LittleEndian(buffer.GetSpan(2), value);
        buffer.Advance(2);
    }

    private static void WriteInt32(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteInt32(buffer, byteCount);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(byteCount));
        buffer.Advance(byteCount);
    }
}
