using GenGateway.Core.Requests;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Tone;
using CoreTask = GenGateway.Core.Requests.TaskKind;
using EvalTask = GenGateway.Evaluation.TaskKind;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// Builds the evaluators' context from a case's request the way the gateway's guardrail does: every brief field,
/// fact, thread message and UI context text is grounding; the request's tone and maximum length apply.
/// </summary>
internal static class EvaluationContextFactory
{
    public static EvaluationContext For(ITaskRequest request, string? toneOverride, TenantPolicy? policy, double? threshold, string evaluator)
    {
        var grounding = new List<GroundingText>();
        EvalTask task;
        switch (request)
        {
            case SubjectLineRequest s:
                task = EvalTask.SubjectLine;
                Add(grounding, GroundingSource.Brief, s.Brief?.Campaign, s.Brief?.Product, s.Brief?.Offer, s.Brief?.Audience);
                Add(grounding, GroundingSource.Brief, [.. s.Brief?.MustInclude ?? []]);
                Add(grounding, GroundingSource.Fact, [.. s.Brief?.Facts ?? []]);
                break;
            case SmartReplyRequest r:
                task = EvalTask.SmartReply;
                foreach (var message in r.Thread ?? [])
                {
                    var sent = message.SentAt is { } at ? $" (sent {at:yyyy-MM-dd dddd HH:mm})" : string.Empty;
                    Add(grounding, GroundingSource.Thread, $"{message.From}: {message.Text}{sent}");
                }

                break;
            case UiCopyRequest u:
                task = EvalTask.UiCopy;
                Add(grounding, GroundingSource.Brief, u.Element, u.Context?.Screen, u.Context?.Goal);
                Add(grounding, GroundingSource.Fact, [.. u.Context?.Facts ?? []]);
                break;
            default:
                throw new ArgumentException($"unknown request type {request.GetType().Name}", nameof(request));
        }

        var tone = toneOverride ?? request.Tone;
        var effectivePolicy = policy ?? TenantPolicy.Default;
        var thresholds = effectivePolicy.Thresholds ?? EvaluationThresholds.Default;
        if (threshold is { } t)
        {
            thresholds = evaluator switch
            {
                EvaluatorNames.Grounding => thresholds with { Grounding = t },
                EvaluatorNames.Tone => thresholds with { Tone = t },
                EvaluatorNames.Policy => thresholds with { Policy = t },
                _ => thresholds,
            };
        }

        return new EvaluationContext
        {
            Task = task,
            Grounding = grounding,
            RequestedTone = ParseTone(tone),
            MaxLength = request.MaxLength,
            Policy = effectivePolicy,
            Thresholds = thresholds,
        };
    }

    /// <summary>The gateway's tone names; <c>professional</c> is its alias of formal.</summary>
    public static ToneKind? ParseTone(string? tone) =>
        tone is null ? null
        : string.Equals(tone, "professional", StringComparison.OrdinalIgnoreCase) ? ToneKind.Formal
        : Enum.TryParse<ToneKind>(tone, ignoreCase: true, out var kind) ? kind
        : null;

    private static void Add(List<GroundingText> grounding, GroundingSource source, params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                grounding.Add(new GroundingText(source, text));
            }
        }
    }

    /// <summary>Maps the Core task to the evaluators' task.</summary>
    public static EvalTask Map(CoreTask kind) => kind switch
    {
        CoreTask.SubjectLines => EvalTask.SubjectLine,
        CoreTask.SmartReplies => EvalTask.SmartReply,
        _ => EvalTask.UiCopy,
    };
}
