namespace GenGateway.Evaluation.Measurement;

/// <summary>The result of scoring one dataset.</summary>
/// <param name="Task">What was measured.</param>
/// <param name="Split">Which rows.</param>
/// <param name="Overall">Figures over all measured rows.</param>
/// <param name="Subsets">Figures per subset (task or source domain; for tone also <c>polite_vs_impolite</c>).</param>
/// <param name="Confusion">Gold × predicted counts over all measured rows.</param>
/// <param name="Model">What made the predictions, for the report.</param>
/// <param name="Misses">The rows predicted wrong, in file order (for tone, by the three-way label).</param>
public sealed record MeasurementReport(
    MeasurementTask Task,
    DatasetSplit Split,
    Figures Overall,
    IReadOnlyDictionary<string, Figures> Subsets,
    ConfusionMatrix Confusion,
    string Model,
    IReadOnlyList<MeasurementMiss> Misses);
