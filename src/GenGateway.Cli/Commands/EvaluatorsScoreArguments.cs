using GenGateway.Evaluation.Measurement;

namespace GenGateway.Cli.Commands;

/// <summary>Arguments of <c>gengateway evaluators score</c>.</summary>
/// <param name="Task">hallucination, tone or pii.</param>
/// <param name="Dataset">The JSON Lines file.</param>
/// <param name="Json">One JSON line instead of tables.</param>
/// <param name="Split">Which rows.</param>
/// <param name="Model">Tone: a fitted model file, or null for the built-in cue model.</param>
/// <param name="MaxUnsupportedShare">Hallucination: the detector's word-share threshold.</param>
/// <param name="Misses">How many wrongly predicted rows to list after the tables (0: none).</param>
/// <param name="Judge">Hallucination: a configured provider to run the LLM judge on what the detector let through.</param>
/// <param name="JudgeThreshold">Judge score (0..1) below which an output counts as hallucinated.</param>
/// <param name="Concurrency">Judge calls in flight.</param>
public sealed record EvaluatorsScoreArguments(
    string Task, string Dataset, bool Json, DatasetSplit Split, string? Model, double MaxUnsupportedShare, int Misses = 0,
    string? Judge = null, double JudgeThreshold = 0.5, int Concurrency = 4)
{
    /// <summary>Stands in for the process environment when the judge's provider is configured (tests).</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }
}
