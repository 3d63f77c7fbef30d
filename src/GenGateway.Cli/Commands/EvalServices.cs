using GenGateway.EvalSuites.Assertions;
using GenGateway.Evaluation;
using GenGateway.Storage.Embeddings;

namespace GenGateway.Cli.Commands;

/// <summary>
/// What the CLI's suite runs score with: the gateway's own grounding, tone and policy evaluators (for
/// <c>grounded</c>, <c>tone</c>, <c>policy</c>) and its offline hashing embedder (for <c>similar</c>), so a suite
/// needs no model or network to use them.
/// </summary>
public static class EvalServices
{
    /// <summary>Builds the services.</summary>
    public static AssertionServices Create() => new()
    {
        Evaluators = new EvaluatorSuite().Evaluators.ToDictionary(e => e.Name, StringComparer.Ordinal),
        Embedder = new HashingEmbeddingGenerator(),
    };
}
