namespace GenGateway.Evaluation.Tone;

/// <summary>
/// Sentence embeddings computed on the calling thread. The politeness model reads the embedding of the text it scores;
/// its weights belong to one embedding model (<see cref="ModelId"/>), so it refuses an encoder of another.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>Id of the embedding model (e.g. <c>all-MiniLM-L6-v2</c>).</summary>
    string ModelId { get; }

    /// <summary>One vector per text, in input order.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
