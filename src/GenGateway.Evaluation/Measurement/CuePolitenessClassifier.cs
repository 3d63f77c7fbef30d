using GenGateway.Evaluation.Tone;

namespace GenGateway.Evaluation.Measurement;

/// <summary>The runtime tone analyzer's politeness model (strategy cues with fixed weights).</summary>
public sealed class CuePolitenessClassifier : IPolitenessClassifier
{
    /// <inheritdoc />
    public string Description => $"built-in cue model (ToneAnalyzer; {PolitenessModel.FittedOn})";

    /// <inheritdoc />
    public double Score(string text) => ToneAnalyzer.Analyze(text).PolitenessScore;

    /// <inheritdoc />
    public string Label(double score) => PolitenessModel.LevelOf(score).ToString().ToLowerInvariant();
}
