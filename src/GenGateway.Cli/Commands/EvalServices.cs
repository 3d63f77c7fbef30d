using GenGateway.Core.DependencyInjection;
using GenGateway.EvalSuites.Assertions;
using GenGateway.Evaluation;
using GenGateway.LlamaCpp.Gateway;
using GenGateway.Profiles.Hosting;
using GenGateway.Storage.DependencyInjection;
using GenGateway.Storage.Embeddings;
using Microsoft.Extensions.Configuration;

namespace GenGateway.Cli.Commands;

/// <summary>
/// What the CLI's suite runs score with: the gateway's own grounding, tone and policy evaluators (for
/// <c>grounded</c>, <c>tone</c>, <c>policy</c>) and its offline hashing embedder (for <c>similar</c>), so a suite
/// needs no model or network to use them; and the composition of each gateway instance a run builds.
/// </summary>
public static class EvalServices
{
    /// <summary>Builds the services.</summary>
    public static AssertionServices Create() => new()
    {
        Evaluators = new EvaluatorSuite(new GenGateway.Evaluation.Tone.PolitenessScorer(MiniLmEmbeddingGenerator.Shared)).Evaluators.ToDictionary(e => e.Name, StringComparer.Ordinal),
        Embedder = new HashingEmbeddingGenerator(),
    };

    /// <summary>
    /// Composes each gateway instance like the server: <c>local:&lt;gguf&gt;</c> providers (llama.cpp defaults), and
    /// the vector store and profiles in the instance's own temp data folder, where profile fixtures are ingested.
    /// </summary>
    public static void ConfigureGateway(IGenGatewayBuilder gateway, IConfiguration configuration)
    {
        gateway.Services.AddGenGatewayVectorStore(configuration);
        gateway.AddLocalModel(configuration).AddProfiles(configuration);
    }
}
