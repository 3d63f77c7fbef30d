using System.Text.Json;
using GenGateway.Profiles.Persistence;

namespace GenGateway.Profiles.Privacy;

/// <summary>
/// Erasures begun and not yet finished, one small file each under <c>&lt;DataDirectory&gt;/privacy/erasures</c>: written
/// (fsync'd) before the first store is touched and removed after the last, so an erase cut short by a crash is finished
/// at the next start (<see cref="UserDataService.FinishPendingErasuresAsync"/>) instead of leaving part of the user behind.
/// The file names the user only while the erase is under way; its name is a keyed hash.
/// </summary>
internal sealed class ErasureJournal(string dataDirectory, PrivacyKeys keys)
{
    private readonly string _directory = Path.Combine(dataDirectory, "privacy", "erasures");

    public Task BeginAsync(string tenant, string userId, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(PathOf(tenant, userId), JsonSerializer.SerializeToUtf8Bytes(new PendingErasure(tenant, userId), ProfileJson.Options), cancellationToken);

    public void Complete(string tenant, string userId) => AtomicFile.Delete(PathOf(tenant, userId));

    /// <summary>Erasures a crash interrupted; unreadable leftovers of an interrupted journal write are removed.</summary>
    public IReadOnlyList<PendingErasure> Pending()
    {
        if (!Directory.Exists(_directory))
        {
            return [];
        }

        var pending = new List<PendingErasure>();
        foreach (var file in Directory.EnumerateFiles(_directory))
        {
            PendingErasure? entry = null;
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                try
                {
                    entry = JsonSerializer.Deserialize<PendingErasure>(File.ReadAllBytes(file), ProfileJson.Options);
                }
                catch (JsonException)
                {
                }
            }

            if (entry is { Tenant: not null, UserId: not null })
            {
                pending.Add(entry);
            }
            else
            {
                // A temporary file of a write cut short: the erase it announced never started.
                AtomicFile.Delete(file);
            }
        }

        return pending;
    }

    private string PathOf(string tenant, string userId) => Path.Combine(_directory, keys.UserRef(tenant, userId) + ".json");
}

/// <summary>An erase under way.</summary>
internal sealed record PendingErasure(string Tenant, string UserId);
