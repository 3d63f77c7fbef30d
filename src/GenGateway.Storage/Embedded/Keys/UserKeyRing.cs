using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using GenGateway.Storage.Files;

namespace GenGateway.Storage.Embedded.Keys;

/// <summary>
/// The per-user keys of the embedded store, in <c>user-keys.bin</c>: a magic header, then one CRC'd frame per key.
/// A new user's key is appended and fsync'd before any of their records is written. Erasing users rewrites the whole
/// file without their keys (temporary file, fsync, rename, directory fsync), so once an erase returns no file under
/// the store holds a key that decrypts their records: the records left in the log are noise until compaction drops
/// them (crypto-shredding). A crash during the rewrite leaves either the old file (erase not done, and not
/// acknowledged) or the new one.
/// </summary>
internal sealed class UserKeyRing : IDisposable
{
    private static ReadOnlySpan<byte> Magic => "GGKEYS01"u8;

    private readonly string _path;
    // Concurrent: searches look keys up while the single writer adds new ones.
    private readonly ConcurrentDictionary<(string Tenant, string UserId), UserKey> _byUser = new();
    private readonly ConcurrentDictionary<string, UserKey> _byToken = new(StringComparer.Ordinal);
    private FileStream _file;

    private UserKeyRing(string path, FileStream file)
    {
        _path = path;
        _file = file;
    }

    public int Count => _byUser.Count;

    /// <summary>Bytes of the key file.</summary>
    public long FileBytes => _file.Length;

    /// <summary>Opens (creating if needed) the key ring in <paramref name="directory"/>; a torn last frame is cut off.</summary>
    public static UserKeyRing Open(string directory)
    {
        var path = Path.Combine(directory, "user-keys.bin");

        // A rewrite that crashed before its rename leaves a temporary file; the ring it was replacing is still whole.
        File.Delete(path + ".tmp");
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        var ring = new UserKeyRing(path, file);
        try
        {
            ring.Load();
        }
        catch
        {
            file.Dispose();
            throw;
        }

        return ring;
    }

    public UserKey? Find(string tenant, string userId) => _byUser.GetValueOrDefault((tenant, userId));

    public UserKey? FindByToken(ReadOnlySpan<byte> token) => _byToken.GetValueOrDefault(Convert.ToHexString(token));

    public IEnumerable<UserKey> OfTenant(string tenant) => _byUser.Values.Where(k => k.Tenant == tenant);

    /// <summary>The user's key, creating and durably storing a new one when the user has none (single writer only).</summary>
    public UserKey GetOrCreate(string tenant, string userId)
    {
        if (Find(tenant, userId) is { } existing)
        {
            return existing;
        }

        var key = new UserKey(tenant, userId, RandomNumberGenerator.GetBytes(UserKey.TokenBytes), RandomNumberGenerator.GetBytes(UserKey.KeyBytes));
        var frame = Frame(key);
        _file.Seek(0, SeekOrigin.End);
        _file.Write(frame);
        _file.Flush(flushToDisk: true);
        Remember(key);
        return key;
    }

    /// <summary>Destroys the keys of <paramref name="users"/> durably: the file is rewritten without them (single writer only).</summary>
    public void Destroy(IReadOnlyCollection<UserKey> users)
    {
        if (users.Count == 0)
        {
            return;
        }

        foreach (var key in users)
        {
            _byUser.TryRemove((key.Tenant, key.UserId), out _);
            _byToken.TryRemove(key.TokenText, out _);
        }

        var temporary = _path + ".tmp";
        using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            output.Write(Magic);
            foreach (var key in _byUser.Values)
            {
                output.Write(Frame(key));
            }

            output.Flush(flushToDisk: true);
        }

        _file.Dispose();
        File.Move(temporary, _path, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        _file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        foreach (var key in users)
        {
            CryptographicOperations.ZeroMemory(key.Key);
        }
    }

    public void Dispose() => _file.Dispose();

    private void Load()
    {
        if (_file.Length == 0)
        {
            _file.Write(Magic);
            _file.Flush(flushToDisk: true);
            DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            return;
        }

        var bytes = new byte[_file.Length];
        _file.ReadExactly(bytes);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{_path} is not a GenGateway key ring.");
        }

        var position = Magic.Length;
        while (bytes.Length - position >= 8)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position));
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 4));
            if (length <= 0 || position + 8 + length > bytes.Length || Crc32.HashToUInt32(bytes.AsSpan(position + 8, length)) != crc)
            {
                break;
            }

            Remember(Parse(bytes.AsSpan(position + 8, length)));
            position += 8 + length;
        }

        if (position != bytes.Length)
        {
            // A torn append: its user's records were never written (they wait for the key to be on disk).
            _file.SetLength(position);
            _file.Flush(flushToDisk: true);
        }
    }

    private void Remember(UserKey key)
    {
        _byUser[(key.Tenant, key.UserId)] = key;
        _byToken[key.TokenText] = key;
    }

    private static byte[] Frame(UserKey key)
    {
        var tenant = Encoding.UTF8.GetBytes(key.Tenant);
        var user = Encoding.UTF8.GetBytes(key.UserId);
        var bodyLength = UserKey.TokenBytes + 4 + tenant.Length + 4 + user.Length + UserKey.KeyBytes;
        var frame = new byte[8 + bodyLength];
        var body = frame.AsSpan(8);
        key.Token.CopyTo(body);
        var at = UserKey.TokenBytes;
        BinaryPrimitives.WriteInt32LittleEndian(body[at..], tenant.Length);
        tenant.CopyTo(body[(at + 4)..]);
        at += 4 + tenant.Length;
        BinaryPrimitives.WriteInt32LittleEndian(body[at..], user.Length);
        user.CopyTo(body[(at + 4)..]);
        at += 4 + user.Length;
        key.Key.CopyTo(body[at..]);
        BinaryPrimitives.WriteInt32LittleEndian(frame, bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), Crc32.HashToUInt32(body));
        return frame;
    }

    private static UserKey Parse(ReadOnlySpan<byte> body)
    {
        var token = body[..UserKey.TokenBytes].ToArray();
        var at = UserKey.TokenBytes;
        var tenantLength = BinaryPrimitives.ReadInt32LittleEndian(body[at..]);
        var tenant = Encoding.UTF8.GetString(body.Slice(at + 4, tenantLength));
        at += 4 + tenantLength;
        var userLength = BinaryPrimitives.ReadInt32LittleEndian(body[at..]);
        var user = Encoding.UTF8.GetString(body.Slice(at + 4, userLength));
        at += 4 + userLength;
        return new UserKey(tenant, user, token, body.Slice(at, UserKey.KeyBytes).ToArray());
    }
}
