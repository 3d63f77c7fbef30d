namespace GenGateway.Core.Personalization;

/// <summary>The consent reader of a gateway without a profile store: nobody has withdrawn consent because nothing is kept.</summary>
public sealed class NoConsentRecords : IConsentReader
{
    /// <inheritdoc />
    public ValueTask<bool> AllowsPersonalizationAsync(string tenant, string userId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(true);
}
