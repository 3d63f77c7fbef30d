using System.Diagnostics;
using GenGateway.Core.Caching;
using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.Core.Feedback;
using GenGateway.Core.Personalization;
using GenGateway.Core.Prompts;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Core.Tasks;
using GenGateway.Core.Validation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Generation;

/// <summary>
/// Turns a validated task request into released candidates: personalization, prompt, providers in order
/// (with top-up calls when short), then the rule-based generator for whatever is still missing.
/// </summary>
public sealed partial class GenerationPipeline(
    IEnumerable<ITaskDefinition> tasks,
    PromptLibrary prompts,
    ModelRouter router,
    IPersonalizationSource personalization,
    IOptions<GenGatewayOptions> options,
    RequestLimits limits,
    GenerationLedger ledger,
    TimeProvider timeProvider,
    ILogger<GenerationPipeline> logger)
{
    private readonly Dictionary<TaskKind, ITaskDefinition> _tasks = tasks.ToDictionary(t => t.Kind);
    private readonly GenGatewayOptions _options = options.Value;

    /// <summary>Generates candidates for a request that already passed <see cref="RequestValidator"/>.</summary>
    public async Task<GenerationResponse> GenerateAsync(ITaskRequest request, GenerationContext context, CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        var task = _tasks[request.Kind];
        var count = request.Count ?? limits.DefaultCount;
        var promptInfo = new PromptInfo(task.PromptName, prompts.Get(task.PromptName).Version);

        if (task.NoSuggestionReason(request) is { } reason)
        {
            return Respond(context, GenerationSource.None, [], "none", promptInfo, PersonalizationContext.ColdStart, started, 0, reason);
        }

        var profile = request.UserId is { } userId
            ? await personalization.GetAsync(context.Tenant, userId, task.QueryText(request), cancellationToken)
            : PersonalizationContext.ColdStart;

        var candidates = new List<CandidateResult>();
        var model = "rules";
        var failures = new List<ProviderException>();
        long modelTicks = 0;
        var routes = router.For(task.PromptName);
        if (routes.Count > 0)
        {
            var rendered = prompts.Render(task.PromptName, task.Variables(request, profile, count));
            foreach (var route in routes)
            {
                var callStarted = timeProvider.GetTimestamp();
                try
                {
                    var (texts, fromCache) = await CallProviderAsync(route, rendered, task, request, context, count, cancellationToken);
                    var candidateSource = fromCache ? GenerationSource.Cache : GenerationSource.Model;
                    candidates.AddRange(texts.Select(t => new CandidateResult { Text = t, Source = candidateSource }));
                    model = route.Model;
                    break;
                }
                catch (ProviderException ex)
                {
                    LogProviderFailed(logger, route.Name, ex.Kind, ex.Message);
                    failures.Add(ex);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // An SDK error the adapter did not classify is still that provider's failure, not the caller's.
                    LogProviderFailed(logger, route.Name, ProviderFailureKind.Unavailable, ex.Message);
                    failures.Add(new ProviderException(route.Name, ProviderFailureKind.Unavailable, ex.Message, inner: ex));
                }
                finally
                {
                    modelTicks += timeProvider.GetTimestamp() - callStarted;
                }
            }
        }

        if (candidates.Count < count)
        {
            if (candidates.Count == 0 && failures.Count > 0 && !_options.RulesFallback)
            {
                throw new GenerationFailedException(failures.All(f => f.Kind == ProviderFailureKind.Timeout), failures);
            }

            if (_options.RulesFallback || routes.Count == 0)
            {
                if (failures.Count > 0)
                {
                    LogFallingBackToRules(logger, task.PromptName, failures.Count);
                }

                foreach (var text in task.RuleCandidates(request, count))
                {
                    if (candidates.Count >= count)
                    {
                        break;
                    }

                    if (!candidates.Any(c => task.SameMeaning(c.Text, text)))
                    {
                        candidates.Add(new CandidateResult { Text = text, Source = GenerationSource.Rules });
                    }
                }
            }
        }

        var source = candidates.Count == 0 ? GenerationSource.None
            : candidates.Any(c => c.Source == GenerationSource.Model) ? GenerationSource.Model
            : candidates.Any(c => c.Source == GenerationSource.Cache) ? GenerationSource.Cache
            : GenerationSource.Rules;
        var noSuggestion = candidates.Count == 0 && request.Kind == TaskKind.SmartReplies ? NoSuggestionReasons.NoSafeCandidate : null;
        var usedModel = source is GenerationSource.Model or GenerationSource.Cache ? model : "rules";
        ledger.Add(context.RequestId, new GenerationRecord(context.Tenant, request.UserId, task.PromptName, promptInfo.Version, usedModel,
            [.. candidates.Select(c => c.Text)]));
        return Respond(context, source, candidates, usedModel, promptInfo, profile, started, modelTicks, noSuggestion);
    }

    private async Task<(List<string> Texts, bool FromCache)> CallProviderAsync(ModelRoute route, RenderedPrompt rendered, ITaskDefinition task,
        ITaskRequest request, GenerationContext context, int count, CancellationToken cancellationToken)
    {
        var chatOptions = rendered.Settings.ToChatOptions();
        chatOptions.ModelId ??= route.Model;
        if (request.UserId is { } userId)
        {
            chatOptions.AdditionalProperties = new AdditionalPropertiesDictionary { [CacheTags.OptionsKey] = new[] { CacheTags.User(context.Tenant, userId) } };
        }

        var allFromCache = true;
        var messages = new List<ChatMessage>(rendered.Messages);
        var accepted = new List<string>();
        var answered = false;
        for (var call = 0; call <= _options.MaxTopUpCalls && accepted.Count < count; call++)
        {
            var response = await route.Client.GetResponseAsync(messages, chatOptions, cancellationToken);
            allFromCache &= response.AdditionalProperties?.ContainsKey(CacheTags.HitKey) == true;
            var parsed = CandidateParser.Parse(response.Text);
            answered |= parsed.Count > 0;
            foreach (var raw in parsed)
            {
                if (task.Shape(raw, request) is { } shaped && !accepted.Any(a => task.SameMeaning(a, shaped)) && accepted.Count < count)
                {
                    accepted.Add(shaped);
                }
            }

            if (accepted.Count < count)
            {
                messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
                messages.Add(new ChatMessage(ChatRole.User,
                    $"I need {count - accepted.Count} more, each different in meaning from all of these: "
                    + string.Join(" | ", accepted) + ". Follow the same rules. Answer with only a JSON array of strings."));
            }
        }

        if (!answered)
        {
            throw new ProviderException(route.Name, ProviderFailureKind.BadOutput, "the answer held no JSON array of candidates");
        }

        return (accepted, allFromCache);
    }

    private GenerationResponse Respond(GenerationContext context, string source, IReadOnlyList<CandidateResult> candidates, string model,
        PromptInfo prompt, PersonalizationContext profile, long started, long modelTicks, string? noSuggestionReason) => new()
        {
            RequestId = context.RequestId,
            Source = source,
            Candidates = candidates,
            NoSuggestionReason = noSuggestionReason,
            Personalization = new PersonalizationInfo
            {
                ColdStart = profile.IsColdStart,
                ProfileVersion = profile.ProfileVersion,
                TraitsUsed = [.. profile.Traits.Keys],
                Examples = profile.Examples.Count,
            },
            Prompt = prompt,
            Model = model,
            Timings = new Timings
            {
                TotalMs = Math.Round(timeProvider.GetElapsedTime(started).TotalMilliseconds, 2),
                ModelMs = Math.Round(modelTicks * 1000.0 / timeProvider.TimestampFrequency, 2),
            },
        };

    [LoggerMessage(EventId = 1001, EventName = "ProviderFailed", Level = LogLevel.Warning, Message = "Provider {Provider} failed ({Kind}): {Reason}")]
    private static partial void LogProviderFailed(ILogger logger, string provider, ProviderFailureKind kind, string reason);

    [LoggerMessage(EventId = 1002, EventName = "RulesFallback", Level = LogLevel.Information, Message = "Task {Task}: {Failures} provider failure(s); filling from the rule-based generator")]
    private static partial void LogFallingBackToRules(ILogger logger, string task, int failures);
}
