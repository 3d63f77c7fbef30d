namespace GenGateway.EvalSuites.Results;

/// <summary>Reported after each case run finishes.</summary>
/// <param name="Completed">Runs finished so far.</param>
/// <param name="Total">Runs in all (cases times providers times repeats).</param>
/// <param name="Key">The case that just finished.</param>
/// <param name="Passed">Whether that run passed.</param>
public sealed record RunProgress(int Completed, int Total, string Key, bool Passed);
