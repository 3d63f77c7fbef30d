using GenGateway.Evaluation.Measurement;

namespace GenGateway.Cli.Commands;

/// <summary>Arguments of <c>gengateway evaluators score</c>.</summary>
/// <param name="Task">hallucination or tone.</param>
/// <param name="Dataset">The JSON Lines file.</param>
/// <param name="Json">One JSON line instead of tables.</param>
/// <param name="Split">Which rows.</param>
/// <param name="Model">Tone: a fitted model file, or null for the built-in cue model.</param>
/// <param name="MaxUnsupportedShare">Hallucination: the detector's word-share threshold.</param>
/// <param name="Misses">How many wrongly predicted rows to list after the tables (0: none).</param>
public sealed record EvaluatorsScoreArguments(string Task, string Dataset, bool Json, DatasetSplit Split, string? Model, double MaxUnsupportedShare, int Misses = 0);
