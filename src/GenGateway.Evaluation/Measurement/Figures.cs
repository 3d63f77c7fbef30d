namespace GenGateway.Evaluation.Measurement;

/// <summary>The figures reported for a set of rows.</summary>
/// <param name="Rows">Rows measured.</param>
/// <param name="Accuracy">Share right.</param>
/// <param name="BalancedAccuracy">Mean per-class recall.</param>
/// <param name="Precision">Precision of the positive class (hallucinated; impolite), or macro precision for three classes.</param>
/// <param name="Recall">Recall of the positive class, or macro recall.</param>
/// <param name="F1">F1 of the positive class, or macro F1.</param>
public sealed record Figures(int Rows, double Accuracy, double BalancedAccuracy, double Precision, double Recall, double F1)
{
    /// <summary>Figures of a two-class measurement.</summary>
    public static Figures Of(BinaryMetrics m) => new(m.Count, m.Accuracy, m.BalancedAccuracy, m.Precision, m.Recall, m.F1);

    /// <summary>Figures of a multi-class measurement (macro averages).</summary>
    public static Figures Of(ConfusionMatrix m) => new(m.Count, m.Accuracy, m.BalancedAccuracy, m.MacroPrecision, m.MacroRecall, m.MacroF1);
}
