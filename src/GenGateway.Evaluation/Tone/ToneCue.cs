namespace GenGateway.Evaluation.Tone;

/// <summary>One cue found in a text.</summary>
/// <param name="Kind">What the cue is.</param>
/// <param name="Start">Offset in the text.</param>
/// <param name="Length">Length of the cue.</param>
/// <param name="Text">The cue as written.</param>
public sealed record ToneCue(ToneCueKind Kind, int Start, int Length, string Text);
