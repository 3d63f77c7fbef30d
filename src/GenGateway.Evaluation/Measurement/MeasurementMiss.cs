namespace GenGateway.Evaluation.Measurement;

/// <summary>One row the evaluator got wrong, for error analysis.</summary>
/// <param name="Line">1-based line in the dataset file.</param>
/// <param name="Id">The row's id.</param>
/// <param name="Gold">The dataset's label.</param>
/// <param name="Predicted">What the evaluator said.</param>
/// <param name="Score">The evaluator's score (politeness log-odds; unsupported word share for hallucination).</param>
/// <param name="Text">The judged text.</param>
public sealed record MeasurementMiss(int Line, string Id, string Gold, string Predicted, double Score, string Text);
