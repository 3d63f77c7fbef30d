namespace GenGateway.Evaluation.Grounding;

/// <summary>A promise phrase and the grounding phrases any one of which supports it.</summary>
/// <param name="Phrases">Lower-case phrases that make the promise in a candidate.</param>
/// <param name="SupportedBy">Lower-case phrases that, found in the grounding, support it.</param>
internal sealed record Promise(string[] Phrases, string[] SupportedBy);
