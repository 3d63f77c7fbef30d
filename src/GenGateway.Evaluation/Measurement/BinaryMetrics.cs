namespace GenGateway.Evaluation.Measurement;

/// <summary>Counts and figures of a two-class measurement; the positive class is the one a guardrail must catch.</summary>
public sealed class BinaryMetrics
{
    /// <summary>Positive rows predicted positive.</summary>
    public int TruePositives { get; private set; }

    /// <summary>Negative rows predicted positive.</summary>
    public int FalsePositives { get; private set; }

    /// <summary>Negative rows predicted negative.</summary>
    public int TrueNegatives { get; private set; }

    /// <summary>Positive rows predicted negative.</summary>
    public int FalseNegatives { get; private set; }

    /// <summary>Rows counted.</summary>
    public int Count => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Share of rows predicted right.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Count);

    /// <summary>Mean of the recall of each class; 0.5 for a constant answer.</summary>
    public double BalancedAccuracy => (Recall + Ratio(TrueNegatives, TrueNegatives + FalsePositives)) / 2;

    /// <summary>Share of positive predictions that are positive.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Share of positive rows found.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts one row.</summary>
    public void Add(bool actual, bool predicted)
    {
        if (actual)
        {
            _ = predicted ? TruePositives++ : FalseNegatives++;
        }
        else
        {
            _ = predicted ? FalsePositives++ : TrueNegatives++;
        }
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
