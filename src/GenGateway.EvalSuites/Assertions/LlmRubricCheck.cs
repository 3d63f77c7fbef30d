using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GenGateway.EvalSuites.Model;
using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// <c>llm-rubric</c>: a judge model grades each candidate against the rubric in the value and answers
/// <c>{"pass": bool, "score": 0..1, "reason": "..."}</c>. It passes when the judge says pass and, with a
/// <c>threshold</c>, the score reaches it. A suite using it without a <c>judge</c> is invalid.
/// </summary>
internal sealed partial class LlmRubricCheck : CandidateCheck
{
    private const string Instructions =
        "You grade one piece of generated text against a rubric. Judge only what the rubric asks. "
        + "Answer with only a JSON object: {\"pass\": true or false, \"score\": a number from 0 to 1, \"reason\": \"one sentence\"}.";

    public override IReadOnlyList<string> Types { get; } = ["llm-rubric"];

    public override bool Negatable => false;

    public override string? Validate(AssertionSpec spec) =>
        AssertionValues.String(spec.Value) is not { Length: > 0 } ? "llm-rubric needs the rubric text as value"
        : spec.Threshold is < 0 or > 1 ? "llm-rubric's threshold is a score between 0 and 1"
        : null;

    protected override async ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken)
    {
        var judge = input.Services.Judge ?? throw new InvalidOperationException("llm-rubric needs a judge model; the suite configures none");
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, Instructions),
            new(ChatRole.User, $"Rubric:\n{AssertionValues.String(spec.Value)}\n\nText:\n{text}"),
        };
        var response = await judge.GetResponseAsync(messages, new ChatOptions { Temperature = 0 }, cancellationToken);
        if (Parse(response.Text) is not { } verdict)
        {
            return new CandidateScore(0, false, $"the judge's answer is not the expected JSON: \"{Shorten(response.Text)}\"");
        }

        var passed = verdict.Pass && (spec.Threshold is not { } t || verdict.Score >= t);
        return new CandidateScore(verdict.Score, passed, $"judge {(verdict.Pass ? "pass" : "fail")} {verdict.Score:0.##}: {verdict.Reason}");
    }

    /// <summary>Reads the judge's verdict, tolerating code fences and prose around the object.</summary>
    internal static (bool Pass, double Score, string Reason)? Parse(string text)
    {
        var match = JsonObjectText().Match(text);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(match.Value) is not JsonObject obj || obj["pass"] is not JsonValue passNode || !passNode.TryGetValue<bool>(out var pass))
            {
                return null;
            }

            var score = obj["score"] is JsonValue s && s.TryGetValue<double>(out var value) ? Math.Clamp(value, 0, 1) : pass ? 1 : 0;
            return (pass, score, obj["reason"]?.ToString() ?? string.Empty);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    [GeneratedRegex(@"\{[\s\S]*\}")]
    private static partial Regex JsonObjectText();
}
