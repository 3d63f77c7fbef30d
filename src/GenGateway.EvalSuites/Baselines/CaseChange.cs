namespace GenGateway.EvalSuites.Baselines;

/// <summary>A case whose outcome differs from the baseline.</summary>
/// <param name="Key">The case key (<c>suite/provider/description</c>).</param>
/// <param name="BaselinePassRate">Pass rate in the baseline.</param>
/// <param name="PassRate">Pass rate now.</param>
/// <param name="Reason">The first failing assertion's reason, for regressions.</param>
public sealed record CaseChange(string Key, double BaselinePassRate, double PassRate, string? Reason);
