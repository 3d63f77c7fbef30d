using System.Text.Json;
using GenGateway.Profiles.Building;
using GenGateway.Storage;

namespace GenGateway.Profiles.Persistence;

/// <summary>Reads and writes each user's profile state as one record (a file, or a point in Qdrant's user collection).</summary>
internal sealed class ProfileStateStore(UserDocuments documents, TimeProvider timeProvider)
{
    /// <summary>The stored state, or null when there is none or it cannot be read (the caller rebuilds it from the events).</summary>
    public async Task<ProfileState?> LoadAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        var record = await documents.Store.GetAsync(tenant, userId, UserDocuments.Profile, string.Empty, cancellationToken);
        if (record is null)
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize<ProfileState>(record.Json, ProfileJson.Options);
            return state is { Schema: ProfileState.CurrentSchema } && state.Tenant == tenant && state.UserId == userId ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public Task SaveAsync(ProfileState state, CancellationToken cancellationToken) =>
        documents.Store.PutAsync(new UserDocument(state.Tenant, state.UserId, UserDocuments.Profile, string.Empty,
            JsonSerializer.Serialize(state, ProfileJson.Options), timeProvider.GetUtcNow()), cancellationToken);

    /// <summary>Deletes the stored state; returns whether there was one.</summary>
    public async Task<bool> DeleteAsync(string tenant, string userId, CancellationToken cancellationToken) =>
        await documents.Store.DeleteAsync(tenant, userId, UserDocuments.Profile, cancellationToken) > 0;
}
