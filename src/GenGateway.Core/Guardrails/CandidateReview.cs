using GenGateway.Core.Responses;

namespace GenGateway.Core.Guardrails;

/// <summary>A reviewer's verdict on one candidate.</summary>
/// <param name="Text">The text to release: the candidate, or its repaired form.</param>
/// <param name="Decision"><see cref="CandidateDecisions"/>: released, repaired or rejected.</param>
/// <param name="Scores">Eval scores by evaluator name.</param>
/// <param name="Reasons">Why, pointing at the offending spans.</param>
public sealed record CandidateReview(string Text, string Decision, IReadOnlyDictionary<string, double> Scores, IReadOnlyList<string> Reasons)
{
    /// <summary>Whether the candidate may be released (as is or repaired).</summary>
    public bool Releasable => Decision != CandidateDecisions.Rejected;
}
