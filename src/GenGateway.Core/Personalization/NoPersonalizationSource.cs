namespace GenGateway.Core.Personalization;

/// <summary>Used when no profile store is registered: every user is a cold start.</summary>
public sealed class NoPersonalizationSource : IPersonalizationSource
{
    /// <inheritdoc />
    public Task<PersonalizationContext> GetAsync(string tenant, string userId, string requestText, CancellationToken cancellationToken = default) =>
        Task.FromResult(PersonalizationContext.ColdStart);
}
