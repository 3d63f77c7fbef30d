namespace GenGateway.EvalSuites.Model;

/// <summary>Which candidates of a response a per-candidate assertion must hold for.</summary>
public enum CandidateScope
{
    /// <summary>Every candidate must pass; the score is the lowest candidate score. Zero candidates fail.</summary>
    All,

    /// <summary>At least one candidate must pass; the score is the highest candidate score. Zero candidates fail.</summary>
    Any,

    /// <summary>Only the first (best-ranked) candidate is checked. Zero candidates fail.</summary>
    First,
}
