namespace GenGateway.EvalSuites.Results;

/// <summary>Totals of a run.</summary>
/// <param name="Cases">Case results (cases times providers).</param>
/// <param name="Passed">Cases that passed.</param>
/// <param name="Failed">Cases that failed (errors included).</param>
/// <param name="Errors">Cases with at least one errored run.</param>
/// <param name="PassRate">Passed / cases.</param>
public sealed record RunSummary(int Cases, int Passed, int Failed, int Errors, double PassRate);
