using GenGateway.Evaluation.Pii;

namespace GenGateway.Evaluation.Measurement.Pii;

/// <summary>A gold span the detector missed, or a detection no gold span backs.</summary>
/// <param name="Line">Line in the corpus.</param>
/// <param name="Id">Row id.</param>
/// <param name="What"><c>missed</c> or <c>false positive</c>.</param>
/// <param name="Kind">Kind of the span.</param>
/// <param name="Value">The span's characters.</param>
/// <param name="Text">The row's text.</param>
public sealed record PiiMiss(int Line, string Id, string What, PiiKind Kind, string Value, string Text);
