using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.Core.Feedback;
using GenGateway.Core.Generation.Steps;
using GenGateway.Core.Guardrails;
using GenGateway.Core.Personalization;
using GenGateway.Core.Prompts;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Core.Tasks;
using GenGateway.Core.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Generation;

/// <summary>
/// Turns a validated task request into released candidates, in steps: personalize, render the prompt's arguments,
/// generate through the Kernel (each provider in order, the guardrail filter reviewing every answer, top-ups when
/// short), then fall back to the rules for whatever is still missing. One deadline covers the whole request.
/// </summary>
public sealed partial class GenerationPipeline
{
    private readonly Dictionary<TaskKind, ITaskDefinition> _tasks;
    private readonly PromptLibrary _prompts;
    private readonly ModelRouter _router;
    private readonly IPersonalizationSource _personalization;
    private readonly GenGatewayOptions _options;
    private readonly RequestLimits _limits;
    private readonly GenerationLedger _ledger;
    private readonly EvaluationReviewer _reviewer;
    private readonly IGuardrailJudge _judge;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GenerationPipeline> _logger;
    private readonly Kernel _kernel;

    /// <summary>Creates the pipeline; its Kernel is the gateway's, with the guardrail filters registered in <paramref name="services"/>.</summary>
    public GenerationPipeline(IEnumerable<ITaskDefinition> tasks, PromptLibrary prompts, ModelRouter router, GatewayKernel gatewayKernel,
        IPersonalizationSource personalization, IOptions<GenGatewayOptions> options, RequestLimits limits, GenerationLedger ledger,
        EvaluationReviewer reviewer, IGuardrailJudge judge, IServiceProvider services, TimeProvider timeProvider, ILogger<GenerationPipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(gatewayKernel);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        _tasks = tasks.ToDictionary(t => t.Kind);
        _prompts = prompts;
        _router = router;
        _personalization = personalization;
        _options = options.Value;
        _limits = limits;
        _ledger = ledger;
        _reviewer = reviewer;
        _judge = judge;
        _timeProvider = timeProvider;
        _logger = logger;
        _kernel = gatewayKernel.WithFilters(
            (IEnumerable<IPromptRenderFilter>?)services.GetService(typeof(IEnumerable<IPromptRenderFilter>)) ?? [],
            (IEnumerable<IFunctionInvocationFilter>?)services.GetService(typeof(IEnumerable<IFunctionInvocationFilter>)) ?? []);
    }

    /// <summary>Generates candidates for a request that already passed <see cref="RequestValidator"/>.</summary>
    /// <exception cref="GenerationFailedException">Every provider failed (or the deadline passed) and the rules fallback is off.</exception>
    public async Task<GenerationResponse> GenerateAsync(ITaskRequest request, GenerationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var started = _timeProvider.GetTimestamp();
        var task = _tasks[request.Kind];
        var count = request.Count ?? _limits.DefaultCount;
        var overrides = context.Overrides;
        var promptName = overrides?.PromptName ?? task.PromptName;
        var promptInfo = _prompts.Get(promptName).Info;

        if (task.NoSuggestionReason(request) is { } reason)
        {
            return Respond(context, GenerationSource.None, [], "none", promptInfo, new PersonalizationInfo(), started, 0, reason);
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds), _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var token = linked.Token;

        // Personalize.
        var profile = request.UserId is { } userId && overrides?.Personalize != false
            ? await _personalization.GetAsync(context.Tenant, userId, task.QueryText(request), token)
            : PersonalizationContext.ColdStart;

        // Generate: each provider in order until one releases candidates.
        var candidates = new List<CandidateResult>();
        var rejected = new List<CandidateResult>();
        var model = "rules";
        string? sentPrompt = null;
        var failures = new List<ProviderException>();
        long modelTicks = 0;
        IReadOnlyList<ModelRoute> routes = overrides switch
        {
            { RulesOnly: true } => [],
            { Providers: { } names } => [.. names.Select(_router.Route).OfType<ModelRoute>()],
            _ => _router.For(task.PromptName),
        };
        var review = new ReviewContext(context.Tenant, request, task.MaxLength(request), profile, null);
        if (routes.Count > 0)
        {
            var arguments = _prompts.Arguments(promptName, task.Variables(request, profile, count));
            var call = new ProviderCall(_kernel, _prompts.Get(promptName), task, review, _reviewer.SubjectFor(review), _reviewer.Feedback);
            foreach (var route in routes)
            {
                if (deadline.IsCancellationRequested)
                {
                    break;
                }

                var callStarted = _timeProvider.GetTimestamp();
                try
                {
                    var outcome = await call.RunAsync(route, arguments, count, _options.MaxTopUpCalls, (provider, why) => LogTopUpFailed(_logger, provider, why), token);
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
                catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    LogDeadlinePassed(_logger, task.PromptName, route.Name, _options.RequestTimeoutSeconds);
                    failures.Add(new ProviderException(route.Name, ProviderFailureKind.Timeout,
                        $"the request deadline of {_options.RequestTimeoutSeconds:0.###} s (GenGateway:RequestTimeoutSeconds) passed"));
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && FailureClassifier.AsProviderFailure(route.Name, ex) is { } failure)
                {
                    // Anything else (a bug, a misconfigured Kernel) propagates: it is a 500, not this provider's fault.
                    LogProviderFailed(_logger, route.Name, failure.Kind, failure.Message);
                    failures.Add(failure);
                }
                finally
                {
                    modelTicks += _timeProvider.GetTimestamp() - callStarted;
                }
            }
        }

        // Fall back to the rules for what is missing.
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
                    LogFallingBackToRules(_logger, task.PromptName, failures.Count);
                }

                // Rule output passes the same guardrail as model output; after the deadline without the (model-based) judge.
                var ruleReview = review with { PromptText = sentPrompt };
                var (ruleReleased, ruleRejected) = await RulesFallback.FillAsync(task, request, profile, [.. candidates.Select(c => c.Text)],
                    count - candidates.Count, text => ReviewAsync(text, ruleReview, deadline.IsCancellationRequested ? null : token, cancellationToken), cancellationToken);
                candidates.AddRange(ruleReleased.Select(r => Result(r, GenerationSource.Rules)));
                rejected.AddRange(ruleRejected.Select(r => Result(r, GenerationSource.Rules)));
            }
        }

        if (candidates.Count > 1 && candidates.Any(c => c.Source != GenerationSource.Rules))
        {
            // Model candidates are offered in the task's relevance order (smart replies: the same score as the vetted set).
            var order = await task.RankAsync(request, [.. candidates.Select(c => c.Text)], cancellationToken);
            candidates = [.. order.Select(i => candidates[i])];
        }

        var source = candidates.Count == 0 ? GenerationSource.None
            : candidates.Any(c => c.Source == GenerationSource.Model) ? GenerationSource.Model
            : candidates.Any(c => c.Source == GenerationSource.Cache) ? GenerationSource.Cache
            : GenerationSource.Rules;
        // Nothing passed the guardrail: an empty list and the reason, never a failing candidate.
        var noSuggestion = candidates.Count == 0 ? NoSuggestionReasons.NoSafeCandidate : null;
        var usedModel = source is GenerationSource.Model or GenerationSource.Cache ? model : "rules";
        _ledger.Add(context.RequestId, new GenerationRecord(context.Tenant, request.UserId, task.PromptName, promptInfo.Version, usedModel,
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

    // The deterministic guardrail decides; a configured judge may only hold back what it released.
    private async Task<CandidateReview> ReviewAsync(string candidate, ReviewContext review, CancellationToken? judgeToken, CancellationToken cancellationToken)
    {
        var verdict = _reviewer.Review(candidate, review);
        if (!verdict.Releasable || !_judge.Enabled || judgeToken is not { } token)
        {
            return verdict;
        }

        try
        {
            return await _judge.ReviewAsync(verdict, review, token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The deadline passed while the judge was asked: the deterministic verdict stands.
            return verdict;
        }
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
                TotalMs = Math.Round(_timeProvider.GetElapsedTime(started).TotalMilliseconds, 2),
                ModelMs = Math.Round(modelTicks * 1000.0 / _timeProvider.TimestampFrequency, 2),
            },
        };

    [LoggerMessage(EventId = 1001, EventName = "ProviderFailed", Level = LogLevel.Warning, Message = "Provider {Provider} failed ({Kind}): {Reason}")]
    private static partial void LogProviderFailed(ILogger logger, string provider, ProviderFailureKind kind, string reason);

    [LoggerMessage(EventId = 1003, EventName = "TopUpFailed", Level = LogLevel.Warning, Message = "Top-up call to provider {Provider} failed; keeping the candidates already released: {Reason}")]
    private static partial void LogTopUpFailed(ILogger logger, string provider, string reason);

    [LoggerMessage(EventId = 1002, EventName = "RulesFallback", Level = LogLevel.Information, Message = "Task {Task}: {Failures} provider failure(s); filling from the rule-based generator")]
    private static partial void LogFallingBackToRules(ILogger logger, string task, int failures);

    [LoggerMessage(EventId = 1004, EventName = "DeadlinePassed", Level = LogLevel.Warning, Message = "Task {Task}: the request deadline of {Seconds} s passed while provider {Provider} was working")]
    private static partial void LogDeadlinePassed(ILogger logger, string task, string provider, double seconds);
}
