namespace GenGateway.Evaluation.Measurement;

/// <summary>One labelled row of a measurement dataset.</summary>
/// <param name="Line">1-based line in the dataset file.</param>
/// <param name="Id">The row's id.</param>
/// <param name="Subset">What the row is reported under: its <c>task</c>, or the domain of its <c>source</c>.</param>
/// <param name="Context">What the text may rest on (hallucination rows); empty for tone rows.</param>
/// <param name="Text">The text to judge.</param>
/// <param name="Label">The gold label, lower case.</param>
public sealed record LabelledRow(int Line, string Id, string Subset, string Context, string Text, string Label)
{
    /// <summary>Rows sharing a context (both answers of a HaluEval record, one BEGIN knowledge turn) share a key, so they land in the same split.</summary>
    public string GroupKey => Context.Length > 0 ? Context : Id;
}
