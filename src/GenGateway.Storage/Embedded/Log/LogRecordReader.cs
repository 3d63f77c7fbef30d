using System.Security.Cryptography;

namespace GenGateway.Storage.Embedded.Log;

/// <summary>Decodes record bodies written by <see cref="LogRecordWriter"/>.</summary>
internal static class LogRecordReader
{
    public static LogRecordKind ReadKind(ReadOnlySpan<byte> body) =>
        body.IsEmpty ? throw new InvalidDataException("Empty vector log record.") : (LogRecordKind)body[0];

    /// <summary>The readable header of a sealed point: its tenant and the token of the key that sealed it.</summary>
    public static SealedHeader ReadSealedHeader(ReadOnlySpan<byte> body)
    {
        var reader = new SpanReader(body);
        reader.ReadByte();
        var tenant = reader.ReadString();
        var tokenStart = reader.Position;
        reader.Skip(Keys.UserKey.TokenBytes);
        return new SealedHeader(tenant, tokenStart, reader.Position);
    }

    /// <summary>Bytes the opened fields of a sealed point take.</summary>
    public static int PlainLength(ReadOnlySpan<byte> body, SealedHeader header) =>
        body.Length - header.Length - LogFormat.NonceBytes - LogFormat.TagBytes;

    /// <summary>Checks and decrypts a sealed point's fields into <paramref name="plain"/> (of <see cref="PlainLength"/> bytes).</summary>
    /// <exception cref="InvalidDataException">The record was changed, or sealed with another key.</exception>
    public static void Open(ReadOnlySpan<byte> body, SealedHeader header, AesGcm cipher, Span<byte> plain)
    {
        var sealedPart = body[header.Length..];
        try
        {
            cipher.Decrypt(sealedPart[..LogFormat.NonceBytes], sealedPart[LogFormat.NonceBytes..^LogFormat.TagBytes], sealedPart[^LogFormat.TagBytes..], plain, body[..header.Length]);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new InvalidDataException("A vector log record does not authenticate under its user's key.", ex);
        }
    }

    /// <summary>Reads the indexed fields of opened point fields; the vector goes to <paramref name="vector"/> when it has room.</summary>
    public static PointHeader ReadPointHeader(string tenant, ReadOnlySpan<byte> plain, Span<float> vector)
    {
        var reader = new SpanReader(plain);
        var header = ReadFields(tenant, ref reader);
        if (header.Dimension == vector.Length)
        {
            reader.ReadFloats(vector);
        }

        return header;
    }

    public static VectorPoint ReadPoint(string tenant, ReadOnlySpan<byte> plain)
    {
        var reader = new SpanReader(plain);
        var (_, userId, id, kind, occurredAt, dimension) = ReadFields(tenant, ref reader);
        if (dimension < 0)
        {
            throw new InvalidDataException("Negative vector dimension in vector log record.");
        }

        var vector = new float[dimension];
        reader.ReadFloats(vector);
        var count = reader.ReadInt32();
        var payload = new Dictionary<string, string>(Math.Max(count, 0), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            payload[key] = reader.ReadString();
        }

        return new VectorPoint(tenant, userId, id, kind, vector, occurredAt, payload);
    }

    /// <summary>A delete of some kinds: its tenant, the token of the user's key (null: every user) and the kinds.</summary>
    public static (string Tenant, byte[]? Token, IReadOnlyList<string> Kinds) ReadDelete(ReadOnlySpan<byte> body)
    {
        var reader = new SpanReader(body);
        reader.ReadByte();
        var tenant = reader.ReadString();
        var token = reader.ReadByte() == 1 ? reader.Take(Keys.UserKey.TokenBytes).ToArray() : null;
        var count = reader.ReadInt32();
        var kinds = new string[Math.Max(count, 0)];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = reader.ReadString();
        }

        return (tenant, token, kinds);
    }

    // The fields every opened point starts with, up to the vector.
    private static PointHeader ReadFields(string tenant, ref SpanReader reader)
    {
        var userId = reader.ReadString();
        var id = reader.ReadString();
        var kind = reader.ReadString();
        var occurredAt = ReadTimestamp(ref reader);
        return new PointHeader(tenant, userId, id, kind, occurredAt, reader.ReadInt32());
    }

    private static DateTimeOffset ReadTimestamp(ref SpanReader reader)
    {
        var utcTicks = reader.ReadInt64();
        var offsetMinutes = reader.ReadInt16();
        return new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
    }
}

/// <summary>Where the readable header of a sealed point ends: tenant, and the token at <see cref="TokenStart"/>.</summary>
internal readonly record struct SealedHeader(string Tenant, int TokenStart, int Length);
