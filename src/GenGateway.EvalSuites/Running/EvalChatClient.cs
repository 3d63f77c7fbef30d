using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Running;

/// <summary>
/// The layer a suite run puts around each provider's raw client: sets temperature (0 unless configured) and the
/// seed (the run's seed plus the repeat index, so repeats differ but re-runs reproduce), answers from the
/// response cache when it can, and reports token usage to the current <see cref="CaseScope"/>.
/// </summary>
internal sealed class EvalChatClient(IChatClient inner, EvalChatSettings settings, ResponseCache? cache) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var scope = CaseScope.Current;
        var effective = options?.Clone() ?? new ChatOptions();
        effective.Temperature = (float)(settings.Temperature ?? 0);
        effective.Seed = settings.Seed + (scope?.Repeat ?? 0);
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];

        string? key = null;
        if (cache is not null)
        {
            key = ResponseCache.Key(settings.ProviderType, settings.Model, settings.BaseUrl, list, effective);
            if (await cache.GetAsync(key, cancellationToken) is { } hit)
            {
                scope?.AddUsage(hit.InputTokens, hit.OutputTokens, fromCache: true);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, hit.Text))
                {
                    ModelId = hit.ModelId,
                    FinishReason = hit.FinishReason is { } reason ? new ChatFinishReason(reason) : null,
                    Usage = new UsageDetails { InputTokenCount = hit.InputTokens, OutputTokenCount = hit.OutputTokens },
                };
            }
        }

        var response = await base.GetResponseAsync(list, effective, cancellationToken);
        scope?.AddUsage(response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, fromCache: false);
        if (cache is not null && key is not null)
        {
            await cache.SetAsync(key, new CachedResponse(response.Text, response.ModelId, response.Usage?.InputTokenCount,
                response.Usage?.OutputTokenCount, response.FinishReason?.Value), cancellationToken);
        }

        return response;
    }
}
