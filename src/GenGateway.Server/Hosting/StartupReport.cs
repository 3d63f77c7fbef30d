using GenGateway.Core.Configuration;
using GenGateway.Storage.DependencyInjection;
using GenGateway.Storage.Embedded;
using GenGateway.Storage.Embeddings;
using GenGateway.Storage.Qdrant;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Hosting;

/// <summary>
/// What the gateway tells its operator while it starts: each preparation step as it begins, then one summary of
/// where it listens, which providers, store and embedder it uses, and where its data lives. It reads the same
/// validated options the store and embedder are built from, so what it prints is what runs.
/// </summary>
internal sealed partial class StartupReport(ILogger logger, IServiceProvider services)
{
    private readonly GenGatewayOptions options = services.GetRequiredService<IOptions<GenGatewayOptions>>().Value;

    /// <summary>Before prompts load.</summary>
    public void LoadingPrompts()
    {
        var directory = options.PromptsDirectory ?? Path.Combine(AppContext.BaseDirectory, "prompts");
        LogLoadingPrompts(logger, directory);
    }

    /// <summary>Before providers are built.</summary>
    public void BuildingProviders()
    {
        var providers = Providers();
        LogBuildingProviders(logger, providers);
    }

    /// <summary>Before the vector store opens.</summary>
    public void OpeningStore()
    {
        var store = Store();
        var embedder = Embedder();
        LogOpeningStore(logger, store, embedder);
    }

    /// <summary>Before the embedding model loads and the vetted smart replies are embedded.</summary>
    public void LoadingEmbedder()
    {
        var embedder = Embedder();
        LogLoadingEmbedder(logger, embedder);
    }

    /// <summary>Once Kestrel listens.</summary>
    public void Ready(IEnumerable<string> addresses)
    {
        var urls = string.Join(", ", addresses);
        var providers = Providers();
        var store = Store();
        var embedder = Embedder();
        var data = Path.GetFullPath(options.DataDirectory);
        LogReady(logger, urls, providers, store, embedder, data);
    }

    private string Providers()
    {
        if (options.Providers.Count == 0)
        {
            return "none (answers come from the rule-based generator; set OPENAI_API_KEY or GenGateway:Providers to use a model)";
        }

        var order = options.ProviderOrder.Count > 0 ? options.ProviderOrder : [.. options.Providers.Keys];
        return string.Join(" → ", order.Where(options.Providers.ContainsKey).Select(name =>
        {
            var provider = options.Providers[name];
            var model = provider.Type == ProviderTypes.LlamaCpp ? Path.GetFileName(provider.Model) : provider.Model;
            return $"{name} ({provider.Type}, {model})";
        }));
    }

    private string Store()
    {
        if (services.GetRequiredService<IOptions<VectorStoreSelection>>().Value.Backend == "qdrant")
        {
            return $"qdrant at {services.GetRequiredService<IOptions<QdrantOptions>>().Value.Url}";
        }

        return $"embedded at {Path.GetFullPath(services.GetRequiredService<IOptions<EmbeddedVectorStoreOptions>>().Value.Directory)}";
    }

    private string Embedder() => services.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Provider;

    [LoggerMessage(EventId = 3001, EventName = "LoadingPrompts", Level = LogLevel.Information, Message = "Loading prompts from {Directory}")]
    private static partial void LogLoadingPrompts(ILogger logger, string directory);

    [LoggerMessage(EventId = 3002, EventName = "BuildingProviders", Level = LogLevel.Information, Message = "Building model providers: {Providers}")]
    private static partial void LogBuildingProviders(ILogger logger, string providers);

    [LoggerMessage(EventId = 3003, EventName = "OpeningStore", Level = LogLevel.Information, Message = "Opening the vector store ({Store}) with the {Embedder} embedder")]
    private static partial void LogOpeningStore(ILogger logger, string store, string embedder);

    [LoggerMessage(EventId = 3005, EventName = "LoadingEmbedder", Level = LogLevel.Information, Message = "Loading the {Embedder} embedding model and embedding the vetted smart replies")]
    private static partial void LogLoadingEmbedder(ILogger logger, string embedder);

    [LoggerMessage(EventId = 3004, EventName = "Ready", Level = LogLevel.Information,
        Message = "GenGateway is ready on {Urls}\n  providers: {Providers}\n  vector store: {Store}\n  embedder: {Embedder}\n  data directory: {DataDirectory}")]
    private static partial void LogReady(ILogger logger, string urls, string providers, string store, string embedder, string dataDirectory);
}
