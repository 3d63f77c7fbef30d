using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// <c>is-json</c>: the candidate parses as JSON (and, with a value, matches it as a schema, as in promptfoo);
/// <c>json-schema</c>: the candidate parses and matches the schema given as value.
/// </summary>
internal sealed class JsonCheck : CandidateCheck
{
    public override IReadOnlyList<string> Types { get; } = ["is-json", "json-schema"];

    public override string? Validate(AssertionSpec spec) =>
        spec.Type == "json-schema" || spec.Value is not null ? JsonSchemaAssertion.Problem(spec.Value) : null;

    protected override ValueTask<CandidateScore> ScoreAsync(AssertionSpec spec, string text, AssertionInput input, CancellationToken cancellationToken)
    {
        if (JsonText.Error(text) is { } parseError)
        {
            return ValueTask.FromResult(CandidateScore.Binary(false, "not JSON: " + parseError));
        }

        if (spec.Value is null)
        {
            return ValueTask.FromResult(CandidateScore.Binary(true, "valid JSON"));
        }

        var violation = JsonSchemaAssertion.Violation(JsonText.TryParse(text), spec.Value);
        return ValueTask.FromResult(CandidateScore.Binary(violation is null, violation ?? "matches the schema"));
    }
}
