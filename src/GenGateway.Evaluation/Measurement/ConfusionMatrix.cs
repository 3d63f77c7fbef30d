namespace GenGateway.Evaluation.Measurement;

/// <summary>Counts of (gold, predicted) label pairs.</summary>
/// <param name="labels">The labels, in display order.</param>
public sealed class ConfusionMatrix(IReadOnlyList<string> labels)
{
    private readonly int[,] _counts = new int[labels.Count, labels.Count];

    /// <summary>The labels, in display order.</summary>
    public IReadOnlyList<string> Labels { get; } = labels;

    /// <summary>Rows counted.</summary>
    public int Count { get; private set; }

    /// <summary>Rows with gold <paramref name="actual"/> predicted as <paramref name="predicted"/>.</summary>
    public int this[string actual, string predicted] => _counts[IndexOf(actual), IndexOf(predicted)];

    /// <summary>Share of rows on the diagonal.</summary>
    public double Accuracy
    {
        get
        {
            int right = 0;
            for (int i = 0; i < Labels.Count; i++)
            {
                right += _counts[i, i];
            }

            return Count == 0 ? 0 : (double)right / Count;
        }
    }

    /// <summary>Mean per-class recall.</summary>
    public double BalancedAccuracy => Labels.Average(l => Recall(l));

    /// <summary>Mean per-class precision.</summary>
    public double MacroPrecision => Labels.Average(l => Precision(l));

    /// <summary>Mean per-class recall.</summary>
    public double MacroRecall => BalancedAccuracy;

    /// <summary>Mean per-class F1.</summary>
    public double MacroF1 => Labels.Average(l => Precision(l) + Recall(l) == 0 ? 0 : 2 * Precision(l) * Recall(l) / (Precision(l) + Recall(l)));

    /// <summary>Counts one row.</summary>
    public void Add(string actual, string predicted)
    {
        _counts[IndexOf(actual), IndexOf(predicted)]++;
        Count++;
    }

    /// <summary>Share of rows predicted <paramref name="label"/> that are <paramref name="label"/>.</summary>
    public double Precision(string label)
    {
        int k = IndexOf(label);
        int predicted = 0;
        for (int i = 0; i < Labels.Count; i++)
        {
            predicted += _counts[i, k];
        }

        return predicted == 0 ? 0 : (double)_counts[k, k] / predicted;
    }

    /// <summary>Share of rows with gold <paramref name="label"/> predicted as such.</summary>
    public double Recall(string label)
    {
        int k = IndexOf(label);
        int actual = 0;
        for (int j = 0; j < Labels.Count; j++)
        {
            actual += _counts[k, j];
        }

        return actual == 0 ? 0 : (double)_counts[k, k] / actual;
    }

    private int IndexOf(string label)
    {
        for (int i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown label '{label}'", nameof(label));
    }
}
