namespace GenGateway.EvalSuites.Assertions;

/// <summary>One candidate's result for a per-candidate check, before negation and aggregation.</summary>
/// <param name="Score">Score in [0, 1].</param>
/// <param name="Passed">Whether the check holds for the candidate.</param>
/// <param name="Detail">What was measured, for the reason text (for example <c>length 72 &gt; 60</c>).</param>
internal sealed record CandidateScore(double Score, bool Passed, string Detail)
{
    public static CandidateScore Binary(bool passed, string detail) => new(passed ? 1 : 0, passed, detail);
}
