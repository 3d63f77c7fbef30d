using GenGateway.Core.DependencyInjection;
using GenGateway.Core.Generation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Experiments.Tests.Support;

/// <summary>The real generation pipeline with no model configured: every answer comes from the rule path and its guardrail.</summary>
internal static class RulesGateway
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GenGateway:DataDirectory"] = Directory.CreateTempSubdirectory("gg-exp-pipeline").FullName,
            ["GenGateway:PromptsDirectory"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>));
        // Smart replies choose from the vetted set with the process's one MiniLM model (profiles register it in the server).
        services.AddKeyedSingleton<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(
            GenGateway.Core.Tasks.Replies.ReplySelector.EmbedderKey, GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        services.AddGenGateway(configuration);
        return services.BuildServiceProvider();
    });

    public static GenerationPipeline Pipeline => Services.Value.GetRequiredService<GenerationPipeline>();
}
