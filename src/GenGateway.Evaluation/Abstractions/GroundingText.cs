namespace GenGateway.Evaluation;

/// <summary>A piece of text that claims in a candidate may rest on.</summary>
/// <param name="Source">Where the text came from.</param>
/// <param name="Text">The text itself.</param>
public sealed record GroundingText(GroundingSource Source, string Text);
