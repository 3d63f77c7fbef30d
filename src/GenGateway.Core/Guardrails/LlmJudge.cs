using System.Text.Json;
using GenGateway.Core.Chat;
using GenGateway.Core.Generation;
using GenGateway.Core.Prompts;
using GenGateway.Core.Responses;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Guardrails;

/// <summary>
/// The optional LLM judge: asks the provider named by <c>GenGateway:Judge:Provider</c> to score groundedness (and tone,
/// when one was requested) with the rubric prompts <c>judge-groundedness</c> and <c>judge-tone</c>.
/// </summary>
/// <remarks>
/// The judge only ever sees candidates the deterministic checks released, so it can add caution but never override a
/// rejection. A judge that fails or answers nonsense is logged and ignored: the deterministic verdict already holds.
/// </remarks>
public sealed partial class LlmJudge(ModelRouter router, PromptLibrary prompts, GatewayKernel kernel, IOptions<JudgeOptions> options, ILogger<LlmJudge> logger)
    : IGuardrailJudge
{
    /// <summary>Prompt of the groundedness rubric.</summary>
    public const string GroundednessPrompt = "judge-groundedness";

    /// <summary>Prompt of the tone rubric.</summary>
    public const string TonePrompt = "judge-tone";

    private readonly JudgeOptions _options = RequireRubrics(options.Value, prompts);

    /// <inheritdoc />
    public bool Enabled => !string.IsNullOrWhiteSpace(_options.Provider);

    // A judge that is configured but cannot run must stop startup, not quietly leave the gateway unjudged.
    private static JudgeOptions RequireRubrics(JudgeOptions options, PromptLibrary prompts)
    {
        if (!string.IsNullOrWhiteSpace(options.Provider))
        {
            var missing = new[] { GroundednessPrompt, TonePrompt }.Where(name => !prompts.Contains(name)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{JudgeOptions.SectionName}:Provider is '{options.Provider}', but the prompts folder has no "
                    + string.Join(" or ", missing.Select(name => $"'{name}'")) + " prompt; add the rubric prompt files "
                    + "(prompts/judge-*.yaml) or remove the setting.");
            }
        }

        return options;
    }

    /// <inheritdoc />
    public async Task<CandidateReview> ReviewAsync(CandidateReview review, ReviewContext context, CancellationToken cancellationToken)
    {
        if (!Enabled || !review.Releasable || router.Route(_options.Provider!) is not { } route)
        {
            return review;
        }

        var grounding = string.Join('\n', EvaluationContextBuilder.Grounding(context.Request, context.Profile).Select(g => "- " + g.Text));
        var style = context.Profile.IsColdStart ? "none" : string.Join('\n', context.Profile.Traits.Select(t => $"- {t.Key}: {t.Value}"));
        var scores = new Dictionary<string, double>(review.Scores);
        var reasons = new List<string>();
        var checks = new List<(string Prompt, string Key, Dictionary<string, object?> Values)>
        {
            (GroundednessPrompt, "judge-grounding", new() { ["grounding"] = grounding.Length > 0 ? grounding : "(none)", ["candidate"] = review.Text }),
        };
        if (context.Request.Tone is { } tone && prompts.Contains(TonePrompt))
        {
            checks.Add((TonePrompt, "judge-tone", new() { ["tone"] = tone, ["style"] = style, ["candidate"] = review.Text }));
        }

        foreach (var (prompt, key, values) in checks)
        {
            if (await AskAsync(route, prompt, values, cancellationToken) is not { } verdict)
            {
                continue;
            }

            scores[key] = verdict.Score;
            if (verdict.Score < _options.Threshold)
            {
                reasons.Add($"{key}: {verdict.Reason}");
            }
        }

        return reasons.Count == 0
            ? review with { Scores = scores }
            : review with { Decision = CandidateDecisions.Rejected, Scores = scores, Reasons = [.. review.Reasons, .. reasons] };
    }

    /// <summary>
    /// Scores <paramref name="text"/> against <paramref name="grounding"/> with the groundedness rubric, as a 0..1 score
    /// and the judge's reason; null when the judge failed or answered nothing readable (logged).
    /// </summary>
    /// <exception cref="InvalidOperationException">No judge is configured, or its provider does not exist.</exception>
    public Task<(double Score, string Reason)?> ScoreGroundednessAsync(string grounding, string text, CancellationToken cancellationToken)
    {
        var route = Enabled ? router.Route(_options.Provider!) : null;
        return route is null
            ? throw new InvalidOperationException(Enabled
                ? $"{JudgeOptions.SectionName}:Provider is '{_options.Provider}', but no provider of that name is configured."
                : $"No judge: {JudgeOptions.SectionName}:Provider is not set.")
            : AskAsync(route, GroundednessPrompt, new() { ["grounding"] = grounding, ["candidate"] = text }, cancellationToken);
    }

    /// <summary>Reads <c>{"score": 1-5, "reason": "..."}</c> (inside prose or a fence, too) as a 0..1 score; null when unreadable.</summary>
    internal static (double Score, string Reason)? Parse(string? text)
    {
        var start = text?.IndexOf('{', StringComparison.Ordinal) ?? -1;
        var end = text?.LastIndexOf('}') ?? -1;
        if (text is null || start < 0 || end < start)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(text[start..(end + 1)]);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("score", out var s)
                || s.ValueKind != JsonValueKind.Number || !s.TryGetDouble(out var score) || score is < 1 or > 5)
            {
                return null;
            }

            var reason = doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "no reason given";
            return ((score - 1) / 4, reason);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<(double Score, string Reason)?> AskAsync(ModelRoute route, string prompt, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        try
        {
            // The rubric is an SK function on the judge provider's service id, like any generation prompt.
            var result = await GatewayKernel.InvokeAsync(kernel.Kernel, prompts.Get(prompt), route, prompts.Arguments(prompt, values), null, cancellationToken);
            var verdict = Parse(result.GetValue<ChatResponse>()?.Text);
            if (verdict is null)
            {
                LogUnreadable(logger, prompt, route.Name);
            }

            return verdict;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, prompt, route.Name, ex.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 1101, EventName = "JudgeFailed", Level = LogLevel.Warning, Message = "Judge {Prompt} on {Provider} failed; keeping the deterministic verdict: {Reason}")]
    private static partial void LogFailed(ILogger logger, string prompt, string provider, string reason);

    [LoggerMessage(EventId = 1102, EventName = "JudgeUnreadable", Level = LogLevel.Warning, Message = "Judge {Prompt} on {Provider} gave no readable score; keeping the deterministic verdict")]
    private static partial void LogUnreadable(ILogger logger, string prompt, string provider);
}
