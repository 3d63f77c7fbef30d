namespace GenGateway.Storage.Embedded.Log;

/// <summary>Decodes record bodies written by <see cref="LogRecordWriter"/>.</summary>
internal static class LogRecordReader
{
    public static LogRecordKind ReadKind(ReadOnlySpan<byte> body) =>
        body.IsEmpty ? throw new InvalidDataException("Empty vector log record.") : (LogRecordKind)body[0];

    /// <summary>Reads the indexed fields of a point record; the vector goes to <paramref name="vector"/> when it has room.</summary>
    public static PointHeader ReadPointHeader(ReadOnlySpan<byte> body, Span<float> vector)
    {
        var reader = new SpanReader(body);
        var header = ReadFields(ref reader);
        if (header.Dimension == vector.Length)
        {
            reader.ReadFloats(vector);
        }
        else
        {
            reader.SkipFloats(header.Dimension);
        }

        return header;
    }

    /// <summary>The tenant and user of a point record, without the rest.</summary>
    public static (string Tenant, string UserId) ReadOwner(ReadOnlySpan<byte> body)
    {
        var reader = new SpanReader(body);
        reader.ReadByte();
        var tenant = reader.ReadString();
        return (tenant, reader.ReadString());
    }

    public static VectorPoint ReadPoint(ReadOnlySpan<byte> body)
    {
        var reader = new SpanReader(body);
        var (tenant, userId, id, kind, occurredAt, dimension) = ReadFields(ref reader);
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

    public static VectorFilter ReadDelete(ReadOnlySpan<byte> body)
    {
        var reader = new SpanReader(body);
        reader.ReadByte();
        var tenant = reader.ReadString();
        var userId = reader.ReadByte() == 1 ? reader.ReadString() : null;
        var count = reader.ReadInt32();
        var kinds = new string[Math.Max(count, 0)];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = reader.ReadString();
        }

        return new VectorFilter(tenant, userId, kinds.Length == 0 ? null : kinds);
    }

    // The fields every point record starts with, after its type byte, up to the vector.
    private static PointHeader ReadFields(ref SpanReader reader)
    {
        reader.ReadByte();
        var tenant = reader.ReadString();
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
