using GenGateway.Evaluation.Tone;
using GenGateway.Storage.Embeddings;

namespace GenGateway.Evaluation.Tests;

/// <summary>The gateway's politeness scorer: the shipped weights on the process's one MiniLM model.</summary>
internal static class Politeness
{
    public static PolitenessScorer Scorer { get; } = new(MiniLmEmbeddingGenerator.Shared);
}
