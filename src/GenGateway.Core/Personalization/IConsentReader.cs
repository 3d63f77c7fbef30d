namespace GenGateway.Core.Personalization;

/// <summary>Whether a user allows personalization (their consent record); experiments consult it before enrolling.</summary>
public interface IConsentReader
{
    /// <summary>True unless the user withdrew personalization consent.</summary>
    ValueTask<bool> AllowsPersonalizationAsync(string tenant, string userId, CancellationToken cancellationToken = default);
}
