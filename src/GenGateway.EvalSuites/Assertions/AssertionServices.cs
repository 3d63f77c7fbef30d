using GenGateway.Evaluation;
using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>What the model-backed and evaluator-backed assertions need; each part is optional.</summary>
public sealed record AssertionServices
{
    /// <summary>Embedder for <c>similar</c>; null makes suites that use it invalid.</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Embedder { get; init; }

    /// <summary>The gateway's evaluators by <see cref="ICandidateEvaluator.Name"/>, for <c>grounded</c>, <c>tone</c> and <c>policy</c>.</summary>
    public IReadOnlyDictionary<string, ICandidateEvaluator> Evaluators { get; init; } = new Dictionary<string, ICandidateEvaluator>();

    /// <summary>Judge model for <c>llm-rubric</c>, built from the suite's <c>judge</c>; null when none.</summary>
    public IChatClient? Judge { get; init; }
}
