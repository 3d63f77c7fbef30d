namespace GenGateway.Core.Guardrails.Filters;

/// <summary>
/// How the guardrail filter checks one function call, passed in the call's <c>KernelArguments</c> under
/// <see cref="ArgumentName"/>. Without it the filter derives a subject from the arguments (see <see cref="GuardrailFilterOptions"/>).
/// </summary>
/// <param name="Subject">What candidates are checked against.</param>
public sealed record GuardrailCall(GuardrailSubject Subject)
{
    /// <summary>The argument name the filter reads.</summary>
    public const string ArgumentName = "gengateway_guardrail";

    /// <summary>Splits the model's answer into candidates (the gateway's tasks parse, shape and de-duplicate here).</summary>
    public Func<string, IReadOnlyList<string>>? Candidates { get; init; }

    /// <summary>The gateway request behind the call; when set, a configured LLM judge reviews what the checks release.</summary>
    public ReviewContext? Review { get; init; }
}
