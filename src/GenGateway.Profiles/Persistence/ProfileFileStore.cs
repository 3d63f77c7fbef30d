using System.Text.Json;
using GenGateway.Profiles.Building;

namespace GenGateway.Profiles.Persistence;

/// <summary>Reads and writes one JSON file per user profile, atomically.</summary>
internal sealed class ProfileFileStore(UserPaths paths)
{
    /// <summary>The stored state, or null when there is no file or it cannot be read (the caller rebuilds it from the store).</summary>
    public async Task<ProfileState?> LoadAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        var path = paths.Profile(tenant, userId);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var state = await JsonSerializer.DeserializeAsync<ProfileState>(stream, ProfileJson.Options, cancellationToken);
            return state is { Schema: ProfileState.CurrentSchema } && state.Tenant == tenant && state.UserId == userId ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public Task SaveAsync(ProfileState state, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(paths.Profile(state.Tenant, state.UserId), JsonSerializer.SerializeToUtf8Bytes(state, ProfileJson.Options), cancellationToken);

    public bool Delete(string tenant, string userId) => AtomicFile.Delete(paths.Profile(tenant, userId));
}
