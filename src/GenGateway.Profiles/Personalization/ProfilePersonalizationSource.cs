using GenGateway.Core.Personalization;
using GenGateway.Profiles.Building;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Privacy;
using GenGateway.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace GenGateway.Profiles.Personalization;

/// <summary>
/// Core's personalization seam backed by profiles: no consent → cold start without reading anything else; no history →
/// cold start; otherwise the profile's traits and the user's own past messages most similar to the request.
/// </summary>
public sealed partial class ProfilePersonalizationSource : IPersonalizationSource
{
    private static readonly PersonalizationContext ConsentedColdStart = PersonalizationContext.ColdStart with { PersonalizationConsent = true };

    private readonly ConsentStore _consents;
    private readonly ProfileService _profiles;
    private readonly IVectorStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly PrivacyKeys _keys;
    private readonly ILogger<ProfilePersonalizationSource> _logger;

    internal ProfilePersonalizationSource(ConsentStore consents, ProfileService profiles, IVectorStore store,
        IEmbeddingGenerator<string, Embedding<float>> embedder, PrivacyKeys keys, ILogger<ProfilePersonalizationSource> logger)
    {
        _keys = keys;
        _consents = consents;
        _profiles = profiles;
        _store = store;
        _embedder = embedder;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<PersonalizationContext> GetAsync(string tenant, string userId, string requestText, CancellationToken cancellationToken = default)
    {
        if (!(await _consents.GetAsync(tenant, userId, cancellationToken)).Personalization)
        {
            return PersonalizationContext.ColdStart;
        }

        try
        {
            var state = await _profiles.LoadAsync(tenant, userId, cancellationToken);
            if (state.IsEmpty)
            {
                return ConsentedColdStart;
            }

            var options = _profiles.Options;
            return new PersonalizationContext
            {
                IsColdStart = false,
                PersonalizationConsent = true,
                ProfileVersion = state.Version,
                Traits = ProfileReader.ForPrompt(state, options.MinEvidence, options.InterestTerms),
                Examples = state.Messages > 0 ? await ExamplesAsync(tenant, userId, requestText, options.ExampleCount, options.MaxExampleLength, cancellationToken) : [],
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Personalization improves a response but is never worth failing it: generate generically instead.
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                var userRef = _keys.UserRef(tenant, userId);
                LogUnavailable(_logger, userRef, ex.Message);
            }

            return ConsentedColdStart;
        }
    }

    private async Task<IReadOnlyList<string>> ExamplesAsync(string tenant, string userId, string requestText, int count, int maxLength,
        CancellationToken cancellationToken)
    {
        if (count == 0 || string.IsNullOrWhiteSpace(requestText))
        {
            return [];
        }

        var query = await _embedder.GenerateVectorAsync(requestText, cancellationToken: cancellationToken);
        var matches = await _store.SearchAsync(query, new VectorFilter(tenant, userId, [EventTypes.MessageSent]), count, cancellationToken);
        return matches.Select(m => m.Point.Payload.GetValueOrDefault(PayloadKeys.Text))
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => Shorten(t!, maxLength))
            .ToList();
    }

    private static string Shorten(string text, int maxLength)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', maxLength - 1);
        return flat[..(cut > maxLength / 2 ? cut : maxLength - 1)] + "…";
    }

    [LoggerMessage(EventId = 3004, EventName = "PersonalizationUnavailable", Level = LogLevel.Warning,
        Message = "Personalization for user {UserRef} unavailable, answering generically: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string userRef, string reason);
}
