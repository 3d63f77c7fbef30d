using GenGateway.Core.Personalization;

namespace GenGateway.Profiles.Privacy;

/// <summary>The gateway's view of a user's consent record, for the parts of Core that must honour it (experiments).</summary>
internal sealed class ConsentReader(ConsentStore consents) : IConsentReader
{
    public async ValueTask<bool> AllowsPersonalizationAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
        (await consents.GetAsync(tenant, userId, cancellationToken)).Personalization;
}
