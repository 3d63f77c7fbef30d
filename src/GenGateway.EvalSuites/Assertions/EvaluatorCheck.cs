using System.Text.Json.Nodes;
using GenGateway.Core.Guardrails;
using GenGateway.Core.Requests;
using GenGateway.EvalSuites.Model;
using GenGateway.Evaluation;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// <c>grounded</c>, <c>tone</c> and <c>policy</c>: the gateway's own deterministic evaluators. The score is the
/// evaluator's; it passes at the assertion's <c>threshold</c> or else the evaluator's default. <c>tone</c> takes an
/// optional tone name as value (default: the request's tone); <c>policy</c> an optional map with
/// <c>bannedPhrases</c>, <c>competitorNames</c>, <c>emojiAllowed</c>, <c>maxEmoji</c>.
/// </summary>
internal sealed class EvaluatorCheck : CandidateCheck
{
    public override IReadOnlyList<string> Types { get; } = ["grounded", "tone", "policy"];

    public override bool Negatable => false;

    /// <summary>The evaluator an assertion type needs.</summary>
    public static string EvaluatorFor(string type) => type switch
    {
        "grounded" => EvaluatorNames.Grounding,
        "tone" => EvaluatorNames.Tone,
        _ => EvaluatorNames.Policy,
    };

    public override string? Validate(AssertionSpec spec)
    {
        if (spec.Threshold is < 0 or > 1)
        {
            return $"{spec.Type}'s threshold is a score between 0 and 1";
        }

        return spec.Type switch
        {
            "grounded" when spec.Value is not null => "grounded takes no value: grounding comes from the case's request",
            "tone" when spec.Value is not null && EvaluationContextBuilder.ToneOf(AssertionValues.String(spec.Value)) is null =>
                "tone's value must be a tone: neutral, formal, professional, casual, friendly, playful, urgent or empathetic",
            "policy" when spec.Value is not null and not JsonObject => "policy's value must be a map (bannedPhrases, competitorNames, emojiAllowed, maxEmoji)",
            "policy" when spec.Value is JsonObject map && map.Select(p => p.Key).FirstOrDefault(k => k is not ("bannedPhrases" or "competitorNames" or "emojiAllowed" or "maxEmoji")) is { } bad =>
                $"policy's value has unknown key '{bad}' (bannedPhrases, competitorNames, emojiAllowed, maxEmoji)",
            _ => null,
        };
    }

    protected override ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken)
    {
        var name = EvaluatorFor(spec.Type);
        if (!input.Services.Evaluators.TryGetValue(name, out var evaluator))
        {
            throw new InvalidOperationException($"the {spec.Type} assertion needs the '{name}' evaluator, which is not available");
        }

        var context = Context(spec, input.Case.Request, name);
        var result = evaluator.Evaluate(new Candidate(text), context);
        var why = result.Reasons.Count > 0 ? "; " + string.Join("; ", result.Reasons.Take(3).Select(r => r.ToString())) : string.Empty;
        return ValueTask.FromResult(new CandidateScore(result.Score, result.Passed,
            $"{name} {result.Score:0.###} {(result.Passed ? ">=" : "<")} {result.Threshold:0.###}{why}"));
    }

    /// <summary>
    /// The gateway's own evaluation context for the case's request (the one builder the guardrail uses), with the
    /// assertion's tone, policy and threshold where it gives them.
    /// </summary>
    internal static EvaluationContext Context(AssertionSpec spec, ITaskRequest request, string evaluator)
    {
        var policy = (spec.Type == "policy" ? Policy(spec.Value as JsonObject) : null) ?? TenantPolicy.Default;
        var thresholds = policy.Thresholds ?? EvaluationThresholds.Default;
        if (spec.Threshold is { } t)
        {
            thresholds = evaluator switch
            {
                EvaluatorNames.Grounding => thresholds with { Grounding = t },
                EvaluatorNames.Tone => thresholds with { Tone = t },
                EvaluatorNames.Policy => thresholds with { Policy = t },
                _ => thresholds,
            };
        }

        return EvaluationContextBuilder.Build(request, new EvaluationInputs
        {
            Policy = policy,
            Thresholds = thresholds,
            Tone = spec.Type == "tone" ? AssertionValues.String(spec.Value) : null,
        });
    }

    private static TenantPolicy? Policy(JsonObject? map)
    {
        if (map is null)
        {
            return null;
        }

        var policy = TenantPolicy.Default;
        if (AssertionValues.Strings(map["bannedPhrases"]) is { } banned)
        {
            policy = policy with { BannedPhrases = banned };
        }

        if (AssertionValues.Strings(map["competitorNames"]) is { } competitors)
        {
            policy = policy with { CompetitorNames = competitors };
        }

        if (map["emojiAllowed"] is JsonValue allowed && allowed.TryGetValue<bool>(out var emojiAllowed))
        {
            policy = policy with { EmojiAllowed = emojiAllowed };
        }

        if (AssertionValues.Integer(map, "maxEmoji") is { } maxEmoji)
        {
            policy = policy with { MaxEmoji = (int)maxEmoji };
        }

        return policy;
    }
}
