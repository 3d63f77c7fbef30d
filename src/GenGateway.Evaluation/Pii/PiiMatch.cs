namespace GenGateway.Evaluation.Pii;

/// <summary>One piece of personal data found in a text.</summary>
/// <param name="Kind">What kind of data it is.</param>
/// <param name="Start">Offset of the first character in the scanned text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Value">The matched text, exactly as it appears.</param>
public sealed record PiiMatch(PiiKind Kind, int Start, int Length, string Value)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}
