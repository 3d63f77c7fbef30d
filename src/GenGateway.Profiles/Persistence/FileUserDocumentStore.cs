using System.Text;
using GenGateway.Storage;

namespace GenGateway.Profiles.Persistence;

/// <summary>
/// <see cref="IUserDocumentStore"/> in files under <c>&lt;DataDirectory&gt;/profiles</c>, for a gateway that is the only
/// process serving its users: <c>&lt;tenant&gt;/&lt;user&gt;.&lt;kind&gt;.json</c> for a kind's single document, and
/// <c>&lt;tenant&gt;/&lt;user&gt;.&lt;kind&gt;/&lt;key&gt;.json</c> for keyed ones; each written atomically and fsync'd.
/// </summary>
internal sealed class FileUserDocumentStore(UserPaths paths) : IUserDocumentStore
{
    public async Task<UserDocument?> GetAsync(string tenant, string userId, string kind, string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(tenant, userId, kind, key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var json = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
            return new UserDocument(tenant, userId, kind, key, json, File.GetLastWriteTimeUtc(path));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public Task PutAsync(UserDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return AtomicFile.WriteAsync(PathOf(document.Tenant, document.UserId, document.Kind, document.Key), Encoding.UTF8.GetBytes(document.Json), cancellationToken);
    }

    public async Task<UserDocument> AddOrGetAsync(UserDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = PathOf(document.Tenant, document.UserId, document.Kind, document.Key);
        return await AtomicFile.CreateAsync(path, Encoding.UTF8.GetBytes(document.Json), cancellationToken)
            ? document
            : await GetAsync(document.Tenant, document.UserId, document.Kind, document.Key, cancellationToken)
                ?? throw new IOException($"{path} existed a moment ago and is gone; was it removed by hand?");
    }

    public async Task<IReadOnlyList<UserDocument>> ListAsync(string tenant, string userId, string kind, CancellationToken cancellationToken = default)
    {
        var documents = new List<UserDocument>();
        if (await GetAsync(tenant, userId, kind, string.Empty, cancellationToken) is { } single)
        {
            documents.Add(single);
        }

        var directory = KeyedDirectory(tenant, userId, kind);
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
            {
                var json = await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken);
                documents.Add(new UserDocument(tenant, userId, kind, Path.GetFileNameWithoutExtension(file), json, File.GetLastWriteTimeUtc(file)));
            }
        }

        return documents.OrderBy(r => r.UpdatedAt).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    public Task<long> DeleteAsync(string tenant, string userId, string? kind = null, CancellationToken cancellationToken = default)
    {
        var tenantDirectory = paths.TenantDirectory(tenant);
        if (!Directory.Exists(tenantDirectory))
        {
            return Task.FromResult(0L);
        }

        var prefix = UserPaths.SafeName(userId) + "." + (kind is null ? string.Empty : UserPaths.SafeName(kind) + ".");
        long deleted = 0;
        // Safe names hold no '.', so the prefix matches this user's files only, with any temporary file a crash left
        // from a write of one (AtomicFile.Delete removes those next to the document; a lone one is removed here).
        foreach (var file in Directory.EnumerateFiles(tenantDirectory, prefix + "*").ToList())
        {
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                deleted += AtomicFile.Delete(file) ? 1 : 0;
            }
            else
            {
                File.Delete(file);
            }
        }

        foreach (var directory in Directory.EnumerateDirectories(tenantDirectory, kind is null ? prefix + "*" : prefix.TrimEnd('.')))
        {
            deleted += Directory.EnumerateFiles(directory).LongCount();
            Directory.Delete(directory, recursive: true);
            AtomicFile.FlushDirectory(tenantDirectory);
        }

        return Task.FromResult(deleted);
    }

    private string PathOf(string tenant, string userId, string kind, string key) =>
        key.Length == 0
            ? Path.Combine(paths.TenantDirectory(tenant), UserPaths.SafeName(userId) + "." + UserPaths.SafeName(kind) + ".json")
            : Path.Combine(KeyedDirectory(tenant, userId, kind), UserPaths.SafeName(key) + ".json");

    private string KeyedDirectory(string tenant, string userId, string kind) =>
        Path.Combine(paths.TenantDirectory(tenant), UserPaths.SafeName(userId) + "." + UserPaths.SafeName(kind));
}
