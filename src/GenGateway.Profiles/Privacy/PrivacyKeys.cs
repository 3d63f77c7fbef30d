using System.Security.Cryptography;
using System.Text;
using GenGateway.Profiles.Persistence;

namespace GenGateway.Profiles.Privacy;

/// <summary>
/// The gateway's secret for keyed hashes, in <c>&lt;DataDirectory&gt;/privacy/secret.key</c> (32 random bytes, created
/// on first start). Event ids are stored as a keyed hash of tenant, user and id, so an id that is an email address is
/// never written down yet a replayed id still finds its stored twin; logs name users by another keyed hash, so an
/// operator can follow one user through the log without the log holding who it is.
/// </summary>
public sealed class PrivacyKeys
{
    private readonly byte[] _eventIdKey;
    private readonly byte[] _logKey;

    internal PrivacyKeys(ReadOnlySpan<byte> secret)
    {
        _eventIdKey = HMACSHA256.HashData(secret, "gengateway event id v1"u8);
        _logKey = HMACSHA256.HashData(secret, "gengateway log user v1"u8);
    }

    /// <summary>Reads the secret under <paramref name="dataDirectory"/>, creating it (atomically) when missing.</summary>
    public static PrivacyKeys LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "privacy", "secret.key");
        if (!File.Exists(path))
        {
            AtomicFile.WriteAsync(path, RandomNumberGenerator.GetBytes(32), CancellationToken.None).GetAwaiter().GetResult();
        }

        var secret = File.ReadAllBytes(path);
        return secret.Length == 32
            ? new PrivacyKeys(secret)
            : throw new InvalidDataException($"{path} must hold exactly 32 bytes (it has {secret.Length}); restore it from a backup, or remove it and re-ingest events to start a new one.");
    }

    /// <summary>What is stored in place of an event id: <c>h1_</c> and 32 hex characters of HMAC-SHA256.</summary>
    public string StoredEventId(string tenant, string userId, string eventId) => "h1_" + Hash(_eventIdKey, tenant, userId, eventId)[..32];

    /// <summary>How logs name a user: 12 hex characters of a keyed hash of tenant and user id.</summary>
    public string UserRef(string tenant, string userId) => Hash(_logKey, tenant, userId, string.Empty)[..12];

    private static string Hash(byte[] key, string tenant, string userId, string id)
    {
        // Lengths first, so ("a", "bc") and ("ab", "c") never hash alike.
        var text = $"{tenant.Length}:{tenant}{userId.Length}:{userId}{id.Length}:{id}";
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }
}
