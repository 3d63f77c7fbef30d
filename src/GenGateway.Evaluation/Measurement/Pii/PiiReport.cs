namespace GenGateway.Evaluation.Measurement.Pii;

/// <summary>The result of <see cref="PiiMeasurement.Score"/>.</summary>
/// <param name="Rows">Rows scored.</param>
/// <param name="Kinds">Figures per kind.</param>
/// <param name="Misses">Every miss and false positive, in corpus order.</param>
public sealed record PiiReport(int Rows, IReadOnlyList<PiiKindFigures> Kinds, IReadOnlyList<PiiMiss> Misses);
