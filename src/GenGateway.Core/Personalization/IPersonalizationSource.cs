namespace GenGateway.Core.Personalization;

/// <summary>Looks up a user's style profile and similar past messages for a generation request.</summary>
public interface IPersonalizationSource
{
    /// <summary>
    /// Returns the user's personalization for a request, or <see cref="PersonalizationContext.ColdStart"/> when the
    /// user has no history or has turned personalization off.
    /// </summary>
    Task<PersonalizationContext> GetAsync(string tenant, string userId, string requestText, CancellationToken cancellationToken = default);
}
