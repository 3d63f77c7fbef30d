using GenGateway.Evaluation.Pii;

namespace GenGateway.Evaluation.Measurement.Pii;

/// <summary>One labelled text of a PII corpus: every piece of personal data in it, by kind and exact characters.</summary>
/// <param name="Line">1-based line in the corpus file.</param>
/// <param name="Id">The row's id.</param>
/// <param name="Source">Where the case comes from (a public test file, or <c>own</c>).</param>
/// <param name="Locale">The locale whose formats the text uses.</param>
/// <param name="Text">The text.</param>
/// <param name="Entities">Gold spans; empty for texts that hold no personal data.</param>
public sealed record PiiCorpusRow(int Line, string Id, string Source, string Locale, string Text, IReadOnlyList<PiiGoldSpan> Entities);

/// <summary>A gold piece of personal data.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Start">Offset in the row's text.</param>
/// <param name="Length">Characters.</param>
public sealed record PiiGoldSpan(PiiKind Kind, int Start, int Length)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}
