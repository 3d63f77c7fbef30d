namespace GenGateway.Evaluation.Measurement;

/// <summary>Deterministic half split by a hash of each row's group key (stable across runs, machines and row order).</summary>
public static class Splitter
{
    /// <summary>True when <paramref name="row"/> belongs to the held-out half.</summary>
    public static bool IsHeldOut(LabelledRow row) => IsHeldOut(row.GroupKey);

    /// <summary>True when a row with group key <paramref name="key"/> belongs to the held-out half.</summary>
    public static bool IsHeldOut(string key)
    {
        // FNV-1a: string.GetHashCode is randomized per process.
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (hash & 1) == 1;
    }

    /// <summary>The rows of <paramref name="rows"/> in <paramref name="split"/>.</summary>
    public static IReadOnlyList<LabelledRow> Select(IReadOnlyList<LabelledRow> rows, DatasetSplit split) => split switch
    {
        DatasetSplit.Fit => [.. rows.Where(r => !IsHeldOut(r))],
        DatasetSplit.HeldOut => [.. rows.Where(IsHeldOut)],
        _ => rows,
    };
}
