namespace GenGateway.Evaluation.Measurement;

/// <summary>What <see cref="HallucinationDetector"/> concluded about one output.</summary>
/// <param name="Hallucinated">The decision.</param>
/// <param name="UnsupportedClaims">Checkable claims (numbers, dates, names...) the context does not support.</param>
/// <param name="UnsupportedWordShare">Share of the output's content words the context never uses.</param>
/// <param name="ContentWords">Content words in the output.</param>
public sealed record HallucinationVerdict(bool Hallucinated, int UnsupportedClaims, double UnsupportedWordShare, int ContentWords);
