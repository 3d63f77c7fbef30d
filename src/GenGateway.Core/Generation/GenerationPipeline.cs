using System.Diagnostics;
using GenGateway.Core.Caching;
using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.Core.Feedback;
using GenGateway.Core.Guardrails;
using GenGateway.Core.Personalization;
using GenGateway.Core.Prompts;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Core.Tasks;
using GenGateway.Core.Validation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Generation;

/// <summary>
/// Turns a validated task request into released candidates: personalization, prompt, providers in order
/// (with top-up calls when short), then the rule-based generator for whatever is still missing.
/// </summary>
public sealed partial class GenerationPipeline(
    IEnumerable<ITaskDefinition> tasks,
    PromptLibrary prompts,
    ModelRouter router,
    GatewayKernel gatewayKernel,
    IPersonalizationSource personalization,
    IOptions<GenGatewayOptions> options,
    RequestLimits limits,
    GenerationLedger ledger,
    ICandidateReviewer reviewer,
    IGuardrailJudge judge,
    TimeProvider timeProvider,
    ILogger<GenerationPipeline> logger)
{
    private readonly Dictionary<TaskKind, ITaskDefinition> _tasks = tasks.ToDictionary(t => t.Kind);
    private readonly GenGatewayOptions _options = options.Value;
    private readonly Kernel _kernel = gatewayKernel.Kernel;

    /// <summary>Generates candidates for a request that already passed <see cref="RequestValidator"/>.</summary>
    public async Task<GenerationResponse> GenerateAsync(ITaskRequest request, GenerationContext context, CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        var task = _tasks[request.Kind];
        var count = request.Count ?? limits.DefaultCount;
        var overrides = context.Overrides;
        var promptName = overrides?.PromptName ?? task.PromptName;
        var promptInfo = prompts.Get(promptName).Info;

        if (task.NoSuggestionReason(request) is { } reason)
        {
            return Respond(context, GenerationSource.None, [], "none", promptInfo, new PersonalizationInfo(), started, 0, reason);
        }

        var profile = request.UserId is { } userId && overrides?.Personalize != false
            ? await personalization.GetAsync(context.Tenant, userId, task.QueryText(request), cancellationToken)
            : PersonalizationContext.ColdStart;

        var candidates = new List<CandidateResult>();
        var rejected = new List<CandidateResult>();
        var model = "rules";
        string? sentPrompt = null;
        var failures = new List<ProviderException>();
        long modelTicks = 0;
        IReadOnlyList<ModelRoute> routes = overrides switch
        {
            { RulesOnly: true } => [],
            { Providers: { } names } => [.. names.Select(router.Route).OfType<ModelRoute>()],
            _ => router.For(task.PromptName),
        };
        if (routes.Count > 0)
        {
            var arguments = prompts.Arguments(promptName, task.Variables(request, profile, count));
            var review = new ReviewContext(context.Tenant, request, task.MaxLength(request), profile, null);
            foreach (var route in routes)
            {
                var callStarted = timeProvider.GetTimestamp();
                try
                {
                    var outcome = await CallProviderAsync(route, promptName, arguments, task, review, context, count, cancellationToken);
                    sentPrompt ??= outcome.PromptText;
                    var candidateSource = outcome.FromCache ? GenerationSource.Cache : GenerationSource.Model;
                    candidates.AddRange(outcome.Released.Select(r => Result(r, candidateSource)));
                    rejected.AddRange(outcome.Rejected.Select(r => Result(r, candidateSource)));
                    if (outcome.Released.Count > 0)
                    {
                        model = route.Model;
                        break;
                    }
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

                // Rule output passes the same guardrail as model output.
                var ruleReview = new ReviewContext(context.Tenant, request, task.MaxLength(request), profile, sentPrompt);
                foreach (var text in task.RuleCandidates(request, count + 2, profile))
                {
                    if (candidates.Count >= count)
                    {
                        break;
                    }

                    if (candidates.Any(c => task.SameMeaning(c.Text, text)))
                    {
                        continue;
                    }

                    var verdict = await ReviewAsync(text, ruleReview, cancellationToken);
                    (verdict.Releasable ? candidates : rejected).Add(Result(verdict, GenerationSource.Rules));
                }
            }
        }

        var source = candidates.Count == 0 ? GenerationSource.None
            : candidates.Any(c => c.Source == GenerationSource.Model) ? GenerationSource.Model
            : candidates.Any(c => c.Source == GenerationSource.Cache) ? GenerationSource.Cache
            : GenerationSource.Rules;
        // Nothing passed the guardrail: an empty list and the reason, never a failing candidate.
        var noSuggestion = candidates.Count == 0 ? NoSuggestionReasons.NoSafeCandidate : null;
        var usedModel = source is GenerationSource.Model or GenerationSource.Cache ? model : "rules";
        ledger.Add(context.RequestId, new GenerationRecord(context.Tenant, request.UserId, task.PromptName, promptInfo.Version, usedModel,
            [.. candidates.Select(c => c.Text)]));
        // A candidate the model repeats after being told why it failed is listed once.
        var returned = context.Explain ? [.. candidates, .. rejected.DistinctBy(r => r.Text, StringComparer.Ordinal)] : candidates;
        return Respond(context, source, returned, usedModel, promptInfo, Used(profile, task, request, candidates, sentPrompt), started, modelTicks, noSuggestion);
    }

    /// <summary>
    /// What personalization actually shaped the released candidates: everything given to the prompt when model
    /// output was released, plus the traits the rules honoured when rule output was released.
    /// </summary>
    private static PersonalizationInfo Used(PersonalizationContext profile, ITaskDefinition task, ITaskRequest request,
        List<CandidateResult> candidates, string? sentPrompt)
    {
        var fromModel = sentPrompt is not null && candidates.Any(c => c.Source is GenerationSource.Model or GenerationSource.Cache);
        var traits = new List<string>();
        if (fromModel)
        {
            traits.AddRange(profile.Traits.Keys);
        }

        if (candidates.Any(c => c.Source == GenerationSource.Rules))
        {
            traits.AddRange(task.RuleTraits(request, profile).Where(t => !traits.Contains(t)));
        }

        return new PersonalizationInfo
        {
            ColdStart = profile.IsColdStart,
            ProfileVersion = profile.ProfileVersion,
            TraitsUsed = traits,
            Examples = fromModel ? profile.Examples.Count : 0,
        };
    }

    private async Task<ProviderOutcome> CallProviderAsync(ModelRoute route, string promptName, KernelArguments arguments, ITaskDefinition task,
        ReviewContext review, GenerationContext context, int count, CancellationToken cancellationToken)
    {
        // Reach the provider chain as ChatOptions.AdditionalProperties: the answer's expected shape and the cache scope.
        var hints = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [CandidateFormat.CountKey] = count,
            [CandidateFormat.MaxLengthKey] = review.MaxLength,
        };
        var prompt = prompts.Get(promptName);
        hints[CacheScope.OptionsKey] = new CacheScope(context.Tenant, review.Request.UserId, review.Profile.ProfileVersion,
            review.Profile.PersonalizationConsent, prompt.Name, prompt.Version);

        string? promptText = null;
        var allFromCache = true;
        var followUp = new List<ChatMessage>();
        var released = new List<CandidateReview>();
        var rejected = new List<CandidateReview>();
        var answered = false;
        for (var call = 0; call <= _options.MaxTopUpCalls && released.Count < count; call++)
        {
            ChatResponse response;
            try
            {
                var callArguments = new KernelArguments(arguments);
                if (followUp.Count > 0)
                {
                    callArguments[FollowUpRenderFilter.ArgumentName] = followUp.ToList();
                }

                var result = await GatewayKernel.InvokeAsync(_kernel, prompt, route, callArguments, hints, cancellationToken);
                response = result.GetValue<ChatResponse>() ?? new ChatResponse();
                if (promptText is null)
                {
                    promptText = RenderedPromptText.Plain(result.RenderedPrompt);
                    review = review with { PromptText = promptText };
                }
            }
            catch (Exception ex) when (call > 0 && answered && !cancellationToken.IsCancellationRequested)
            {
                // A failed top-up must not cost the candidates the first call already earned.
                LogTopUpFailed(logger, route.Name, ex.Message);
                break;
            }

            allFromCache &= response.AdditionalProperties?.ContainsKey(CacheTags.HitKey) == true;
            var parsed = CandidateParser.Parse(response.Text);
            answered |= parsed.Count > 0;
            var rejectedThisCall = new List<CandidateReview>();
            foreach (var raw in parsed)
            {
                if (released.Count >= count || task.Shape(raw, review.Request) is not { } shaped
                    || released.Any(a => task.SameMeaning(a.Text, shaped)))
                {
                    continue;
                }

                var verdict = await ReviewAsync(shaped, review, cancellationToken);
                (verdict.Releasable ? released : rejectedThisCall).Add(verdict);
            }

            rejected.AddRange(rejectedThisCall);
            if (released.Count < count)
            {
                // Top up, or regenerate with the guardrail's reasons, so the model can avoid the same mistakes.
                var feedback = rejectedThisCall.Count > 0 ? " Some were rejected: " + reviewer.Feedback(rejectedThisCall) + "." : string.Empty;
                followUp.Add(new ChatMessage(ChatRole.Assistant, response.Text));
                followUp.Add(new ChatMessage(ChatRole.User,
                    $"I need {count - released.Count} more, each different in meaning from all of these: "
                    + string.Join(" | ", released.Select(r => r.Text)) + "." + feedback
                    + " Follow the same rules. Answer with only a JSON array of strings."));
            }
        }

        if (!answered)
        {
            throw new ProviderException(route.Name, ProviderFailureKind.BadOutput, "the answer held no JSON array of candidates");
        }

        return new ProviderOutcome(released, rejected, allFromCache, promptText);
    }

    // The deterministic guardrail decides; a configured judge may only hold back what it released.
    private async Task<CandidateReview> ReviewAsync(string candidate, ReviewContext review, CancellationToken cancellationToken)
    {
        var verdict = reviewer.Review(candidate, review);
        return verdict.Releasable && judge.Enabled ? await judge.ReviewAsync(verdict, review, cancellationToken) : verdict;
    }

    private static CandidateResult Result(CandidateReview review, string source) => new()
    {
        Text = review.Text,
        Source = source,
        Decision = review.Decision,
        Scores = review.Scores,
        Reasons = review.Reasons,
    };

    private GenerationResponse Respond(GenerationContext context, string source, IReadOnlyList<CandidateResult> candidates, string model,
        PromptInfo prompt, PersonalizationInfo personalization, long started, long modelTicks, string? noSuggestionReason) => new()
        {
            RequestId = context.RequestId,
            Source = source,
            Candidates = candidates,
            NoSuggestionReason = noSuggestionReason,
            Personalization = personalization,
            Prompt = prompt,
            Model = model,
            Timings = new Timings
            {
                TotalMs = Math.Round(timeProvider.GetElapsedTime(started).TotalMilliseconds, 2),
                ModelMs = Math.Round(modelTicks * 1000.0 / timeProvider.TimestampFrequency, 2),
            },
        };

    private sealed record ProviderOutcome(List<CandidateReview> Released, List<CandidateReview> Rejected, bool FromCache, string? PromptText);

    [LoggerMessage(EventId = 1001, EventName = "ProviderFailed", Level = LogLevel.Warning, Message = "Provider {Provider} failed ({Kind}): {Reason}")]
    private static partial void LogProviderFailed(ILogger logger, string provider, ProviderFailureKind kind, string reason);

    [LoggerMessage(EventId = 1003, EventName = "TopUpFailed", Level = LogLevel.Warning, Message = "Top-up call to provider {Provider} failed; keeping the candidates already released: {Reason}")]
    private static partial void LogTopUpFailed(ILogger logger, string provider, string reason);

    [LoggerMessage(EventId = 1002, EventName = "RulesFallback", Level = LogLevel.Information, Message = "Task {Task}: {Failures} provider failure(s); filling from the rule-based generator")]
    private static partial void LogFallingBackToRules(ILogger logger, string task, int failures);
}
