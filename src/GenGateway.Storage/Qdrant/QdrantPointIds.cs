using System.Security.Cryptography;
using System.Text;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// Qdrant ids must be integers or UUIDs, so each (tenant, user, event id) key maps to a name-based UUID (RFC 9562
/// version 5): the same key always gives the same id, which makes upserts idempotent across processes.
/// </summary>
internal static class QdrantPointIds
{
    private static readonly Guid Namespace = new("6f1c3a52-9a57-4d1e-8a43-0c2b9a0e5d11");

    public static Guid For(string tenant, string userId, string id)
    {
        // Length prefixes keep ("a", "bc") and ("ab", "c") apart.
        var name = $"{tenant.Length}:{tenant}|{userId.Length}:{userId}|{id.Length}:{id}";
        Span<byte> bytes = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(name.Length)];
        Namespace.TryWriteBytes(bytes, bigEndian: true, out _);
        var nameLength = Encoding.UTF8.GetBytes(name, bytes[16..]);
#pragma warning disable CA5350 // SHA-1 is what UUIDv5 is defined with; this is an identifier, not security.
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(bytes[..(16 + nameLength)], hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
