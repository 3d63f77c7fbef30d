using GenGateway.Evaluation.Pii;

namespace GenGateway.Evaluation.Measurement.Pii;

/// <summary>Figures of one kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Gold">Gold spans of this kind.</param>
/// <param name="Found">Gold spans fully covered by detections of this kind.</param>
/// <param name="Detections">Detections of this kind.</param>
/// <param name="Correct">Detections that overlap a gold span of this kind.</param>
public sealed record PiiKindFigures(PiiKind Kind, int Gold, int Found, int Detections, int Correct)
{
    /// <summary>Found / gold (1 when there is no gold span).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

    /// <summary>Correct / detections (1 when nothing was detected).</summary>
    public double Precision => Detections == 0 ? 1 : (double)Correct / Detections;
}
