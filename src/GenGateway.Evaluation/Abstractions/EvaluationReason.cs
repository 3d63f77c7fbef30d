namespace GenGateway.Evaluation;

/// <summary>One finding against a candidate, pointing at the offending span.</summary>
/// <param name="Code">Stable machine-readable code, e.g. <c>grounding.percent</c> or <c>policy.length</c>.</param>
/// <param name="Message">Readable explanation, e.g. "'50%' is not supported by the grounding".</param>
/// <param name="Start">Offset of the span in the candidate text.</param>
/// <param name="Length">Length of the span (0 when the finding is about the whole text).</param>
/// <param name="Text">The offending text.</param>
/// <param name="Penalty">How much this finding lowered the score.</param>
public sealed record EvaluationReason(string Code, string Message, int Start, int Length, string Text, double Penalty)
{
    /// <inheritdoc />
    public override string ToString() => Length > 0 ? $"{Message} (at {Start}: \"{Text}\")" : Message;
}
