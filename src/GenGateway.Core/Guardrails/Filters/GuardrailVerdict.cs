using Microsoft.Extensions.AI;

namespace GenGateway.Core.Guardrails.Filters;

/// <summary>
/// What the guardrail filter decided for one function call, on the result's metadata under <see cref="MetadataKey"/>:
/// every candidate with its decision, scores and reasons, and the model's unfiltered answer.
/// </summary>
/// <param name="Reviews">One review per candidate, in the model's order.</param>
/// <param name="Answer">The model's answer as the chat client returned it (the filter's result value holds only released text).</param>
public sealed record GuardrailVerdict(IReadOnlyList<CandidateReview> Reviews, ChatResponse? Answer)
{
    /// <summary>The metadata key of the verdict on a <c>FunctionResult</c>.</summary>
    public const string MetadataKey = "gengateway.guardrail";

    /// <summary>The candidates that may be shown, as released or repaired.</summary>
    public IEnumerable<CandidateReview> Released => Reviews.Where(r => r.Releasable);

    /// <summary>The candidates held back, with their reasons.</summary>
    public IEnumerable<CandidateReview> Withheld => Reviews.Where(r => !r.Releasable);
}
