namespace GenGateway.Core.Responses;

/// <summary>The guardrail's decisions for one candidate.</summary>
public static class CandidateDecisions
{
    /// <summary>Passed every eval as generated.</summary>
    public const string Released = "released";

    /// <summary>Passed after a deterministic fix.</summary>
    public const string Repaired = "repaired";

    /// <summary>Failed an eval; never released.</summary>
    public const string Rejected = "rejected";
}
