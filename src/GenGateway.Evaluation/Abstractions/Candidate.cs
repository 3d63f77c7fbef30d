namespace GenGateway.Evaluation;

/// <summary>One generated text to evaluate.</summary>
/// <param name="Text">The candidate text as the model produced it (after parsing, before any repair).</param>
public sealed record Candidate(string Text);
