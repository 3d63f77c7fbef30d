using GenGateway.Experiments.Statistics;

namespace GenGateway.Experiments.Simulation;

/// <summary>One simulated experiment.</summary>
/// <param name="Seed">Its seed.</param>
/// <param name="ControlUsers">Users the report counts in the control.</param>
/// <param name="VariantUsers">Users the report counts in the variant.</param>
/// <param name="AbsoluteLift">The report's lift of the variant's click rate, with its 95% interval.</param>
/// <param name="Covered">Whether that interval holds the true lift.</param>
/// <param name="SampleRatioP">The SRM check's p-value.</param>
/// <param name="Mismatch">Whether the report flagged a sample-ratio mismatch.</param>
public sealed record SimulationRun(int Seed, long ControlUsers, long VariantUsers, Interval? AbsoluteLift, bool Covered, double SampleRatioP, bool Mismatch);

/// <summary>All runs, summarized.</summary>
/// <param name="Settings">What was simulated.</param>
/// <param name="TrueLift">Variant rate minus control rate, as simulated.</param>
/// <param name="Coverage">Share of runs whose 95% interval holds the true lift (should be close to 0.95).</param>
/// <param name="MismatchRate">Share of runs flagged by the SRM check (≈0.001 for a sound split, ≈1 for a broken one).</param>
/// <param name="MeanEstimate">Mean estimated lift over the runs.</param>
/// <param name="Runs">Every run.</param>
public sealed record SimulationResult(SimulationSettings Settings, double TrueLift, double Coverage, double MismatchRate, double MeanEstimate,
    IReadOnlyList<SimulationRun> Runs);
