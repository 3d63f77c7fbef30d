namespace GenGateway.EvalSuites.Assertions;

/// <summary>What one assertion concluded about one response.</summary>
/// <param name="Type">The type as written (with any <c>not-</c> prefix).</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Score">Score in [0, 1] that enters the case's weighted score.</param>
/// <param name="Weight">The assertion's weight.</param>
/// <param name="Reason">Why it passed or failed, naming the candidate when one is at fault.</param>
/// <param name="Metric">The assertion's <c>metric</c> label, if any.</param>
/// <param name="Line">Line of the assertion in its file, for reports.</param>
public sealed record AssertionResult(string Type, bool Passed, double Score, double Weight, string Reason, string? Metric, int Line);
