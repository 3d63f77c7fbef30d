using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.Core.DependencyInjection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GenGateway.Core.Generation;

/// <summary>The gateway's own composition (AddGenGateway) with one fake provider and a fake clock.</summary>
internal sealed class PipelineHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public PipelineHarness(IChatClient provider, bool rulesFallback = true, double requestTimeoutSeconds = 20)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GenGateway:PromptsDirectory"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
            ["GenGateway:DataDirectory"] = Directory.CreateTempSubdirectory("gengateway-pipeline").FullName,
            ["GenGateway:RulesFallback"] = rulesFallback ? "true" : "false",
            ["GenGateway:RequestTimeoutSeconds"] = requestTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GenGateway:Providers:fake:Type"] = ProviderTypes.OpenAI,
            ["GenGateway:Providers:fake:Model"] = "fake-model",
            ["GenGateway:Providers:fake:ApiKey"] = "test",
            ["GenGateway:Providers:fake:MaxRetries"] = "0",
            ["GenGateway:Providers:fake:TimeoutSeconds"] = "600",
            ["GenGateway:Cache:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IChatProviderFactory>(new FakeFactory(provider));
        // Smart replies choose from the vetted set with the one MiniLM model of the test process.
        services.AddKeyedSingleton<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(
            GenGateway.Core.Tasks.Replies.ReplySelector.EmbedderKey, GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        services.AddGenGateway(configuration);
        _services = services.BuildServiceProvider();
        Pipeline = _services.GetRequiredService<GenerationPipeline>();
    }

    public FakeTimeProvider Time { get; } = new();

    public GenerationPipeline Pipeline { get; }

    public void Dispose() => _services.Dispose();

    private sealed class FakeFactory(IChatClient client) : IChatProviderFactory
    {
        public string Type => ProviderTypes.OpenAI;

        public IChatClient Create(string name, ProviderOptions options) => client;
    }
}
