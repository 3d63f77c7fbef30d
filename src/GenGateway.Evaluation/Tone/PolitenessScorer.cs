using System.Collections.Concurrent;
using GenGateway.Evaluation.Measurement;

namespace GenGateway.Evaluation.Tone;

/// <summary>
/// How polite a text is, by the built-in politeness model: its politeness strategies and its sentence embedding. The
/// tone evaluator (so the gateway, the judge and the suites) and <c>evaluators score --task tone</c> all score with
/// this one class.
/// </summary>
/// <remarks>
/// Embedding a text is what the score costs (milliseconds, against microseconds for the cues), and a candidate is
/// evaluated again after a repair and by every reviewer of the same text, so the embeddings of recent texts are kept.
/// </remarks>
public sealed class PolitenessScorer : IPolitenessClassifier
{
    /// <summary>Texts whose embeddings are kept; past this the cache starts over.</summary>
    public const int CachedTexts = 1024;

    private readonly ISentenceEncoder _encoder;
    private readonly PolitenessModel _model;
    private readonly ConcurrentDictionary<string, float[]> _embeddings = new(StringComparer.Ordinal);

    /// <summary>Scores with the shipped weights and <paramref name="encoder"/>, which must be the model they were fitted on.</summary>
    /// <exception cref="ArgumentException">The encoder is another embedding model.</exception>
    public PolitenessScorer(ISentenceEncoder encoder)
        : this(encoder, PolitenessModel.BuiltIn)
    {
    }

    internal PolitenessScorer(ISentenceEncoder encoder, PolitenessModel model)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        if (encoder.ModelId != model.Embedder)
        {
            throw new ArgumentException($"the politeness model was fitted on {model.Embedder} embeddings, not {encoder.ModelId}", nameof(encoder));
        }

        _encoder = encoder;
        _model = model;
    }

    /// <inheritdoc />
    public string Description => $"built-in model ({_model.FittedOn})";

    /// <summary>Score at or below which a text is impolite (the model's neutral band starts here).</summary>
    public double ImpoliteThreshold => _model.ImpoliteThreshold;

    /// <inheritdoc />
    public double Score(string text) => Score(text, CueFinder.Find(text ?? string.Empty));

    /// <summary>The log-odds of polite over impolite for <paramref name="text"/>, whose cues are <paramref name="cues"/>.</summary>
    public double Score(string text, IReadOnlyList<ToneCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        return _model.Score(cues, Embedding(text ?? string.Empty));
    }

    /// <summary>The three-way level for a score.</summary>
    public PolitenessLevel LevelOf(double score) => _model.LevelOf(score);

    /// <inheritdoc />
    public string Label(double score) => LevelOf(score).ToString().ToLowerInvariant();

    private float[] Embedding(string text)
    {
        if (_embeddings.TryGetValue(text, out float[]? cached))
        {
            return cached;
        }

        float[] embedding = _encoder.Encode([text])[0];
        if (_embeddings.Count >= CachedTexts)
        {
            _embeddings.Clear();
        }

        _embeddings[text] = embedding;
        return embedding;
    }
}
