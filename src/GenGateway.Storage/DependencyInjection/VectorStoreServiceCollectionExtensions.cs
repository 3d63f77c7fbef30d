using GenGateway.Storage.Embedded;
using GenGateway.Storage.Embeddings;
using GenGateway.Storage.Qdrant;
using GenGateway.Resilience.DependencyInjection;
using GenGateway.Resilience.Pipelines;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenGateway.Storage.DependencyInjection;

/// <summary>Registers the vector store and the embedder.</summary>
public static class VectorStoreServiceCollectionExtensions
{
    private const string QdrantHttpClient = "GenGateway.Qdrant";
    private const string EmbeddingsHttpClient = "GenGateway.Embeddings";

    /// <summary>
    /// Embeddings from a local GGUF model: the embedder and its identity are registered by the llama.cpp provider
    /// (<c>AddLocalModel</c> in GenGateway.LlamaCpp), which replaces the registrations made here.
    /// </summary>
    public const string LocalEmbeddingsProvider = "llamacpp";

    /// <summary>
    /// Registers <see cref="IVectorStore"/> (embedded under <c>GenGateway:DataDirectory</c>/vectors by default; Qdrant
    /// when <c>GenGateway:VectorStore</c> is <c>qdrant</c> or a Qdrant URL is configured), the
    /// <see cref="IEmbeddingGenerator{String, Embedding}"/> chosen by <c>GenGateway:Embeddings:Provider</c>, and the
    /// <see cref="EmbedderIdentity"/> to pass to <see cref="IVectorStore.EnsureEmbedderAsync"/>. Options are validated at start.
    /// </summary>
    public static IServiceCollection AddGenGatewayVectorStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOutboundResilience();
        services.AddOptions<VectorStoreSelection>()
            .Configure(o => VectorStoreConfiguration.BindSelection(o, configuration))
            .Validate(o => o.Backend is "embedded" or "qdrant", "GenGateway:VectorStore must be 'embedded' or 'qdrant'.")
            .ValidateOnStart();
        services.AddOptions<EmbeddedVectorStoreOptions>()
            .Configure(o => o.Directory = Path.Combine(configuration["GenGateway:DataDirectory"] is { Length: > 0 } d ? d : "./data", "vectors"))
            .Validate(o => o.CompactionMinGarbageBytes >= 0, "Compaction threshold must not be negative.")
            .ValidateOnStart();
        services.AddOptions<QdrantOptions>()
            .Configure(o => VectorStoreConfiguration.BindQdrant(o, configuration))
            .Validate<IOptions<VectorStoreSelection>>(
                (o, selection) => selection.Value.Backend != "qdrant" || o.Url is { IsAbsoluteUri: true },
                "The Qdrant backend needs an absolute URL in QDRANT_URL or GenGateway:Qdrant:Url.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Collection) && o.MaxRetries is >= 0 and <= 10 && o.UpsertBatchSize > 0 && o.ScrollPageSize > 0 && o.Timeout > TimeSpan.Zero,
                "GenGateway:Qdrant needs a Collection name, MaxRetries 0-10, positive UpsertBatchSize, ScrollPageSize and Timeout.")
            .ValidateOnStart();
        services.AddOptions<EmbeddingOptions>()
            .Configure(o => VectorStoreConfiguration.BindEmbeddings(o, configuration))
            .Validate(o => o.Provider is EmbeddingOptions.MiniLmProvider or "hashing" or "openai" or LocalEmbeddingsProvider,
                "GenGateway:Embeddings:Provider must be 'minilm', 'hashing', 'openai' or 'llamacpp'.")
            .Validate(o => o.Provider != EmbeddingOptions.MiniLmProvider || o.Dimensions is null or MiniLmEmbeddingGenerator.Dimension,
                "GenGateway:Embeddings:Dimensions for minilm can only be 384 (or unset).")
            .Validate(o => o.Provider != "hashing" || o.Dimensions is null or (>= 16 and <= 65536), "GenGateway:Embeddings:Dimensions for hashing must be 16-65536.")
            .Validate(o => o.MaxRetries is >= 0 and <= 10, "GenGateway:Embeddings:MaxRetries must be 0-10.")
            .Validate(o => o.RetryBaseDelay >= TimeSpan.Zero && o.RetryBaseDelay <= TimeSpan.FromMinutes(1), "GenGateway:Embeddings:RetryBaseDelay must be between 00:00:00 and 00:01:00.")
            .Validate(o => o.MaxRetryDelay >= TimeSpan.Zero && o.MaxRetryDelay <= TimeSpan.FromMinutes(10), "GenGateway:Embeddings:MaxRetryDelay must be between 00:00:00 and 00:10:00.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "GenGateway:Embeddings:Timeout must be positive.")
            .Validate(o => o.Provider != "openai" || (o.Dimensions > 0 && !string.IsNullOrWhiteSpace(o.Model) && o.BaseUrl is { IsAbsoluteUri: true }),
                "The openai embeddings provider needs GenGateway:Embeddings:Model, Dimensions and an absolute BaseUrl (or OPENAI_BASE_URL).")
            .ValidateOnStart();

        services.AddHttpClient(QdrantHttpClient, (sp, http) =>
            {
                var url = sp.GetRequiredService<IOptions<QdrantOptions>>().Value.Url;
                http.BaseAddress = url is null ? null : new Uri(url.ToString().TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddHttpClient(EmbeddingsHttpClient, (sp, http) =>
            {
                var url = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value.BaseUrl;
                http.BaseAddress = url is null ? null : new Uri(url.ToString().TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton<IVectorStore>(sp =>
        {
            var selection = sp.GetRequiredService<IOptions<VectorStoreSelection>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            var loggers = sp.GetRequiredService<ILoggerFactory>();
            return selection.Backend == "qdrant"
                ? new QdrantVectorStore(sp.GetRequiredService<IHttpClientFactory>().CreateClient(QdrantHttpClient), sp.GetRequiredService<IOptions<QdrantOptions>>().Value, loggers.CreateLogger<QdrantVectorStore>(), time)
                : new EmbeddedVectorStore(sp.GetRequiredService<IOptions<EmbeddedVectorStoreOptions>>().Value, loggers.CreateLogger<EmbeddedVectorStore>(), time);
        });
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            ThrowIfLocalNotRegistered(options);
            return options.Provider switch
            {
                "openai" => OpenAIEmbeddings.Create(
                    sp.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(EmbeddingsHttpClient),
                    options,
                    sp.GetRequiredService<OutboundPipelineFactory>().Create("embeddings", new OutboundResilienceOptions
                    {
                        AttemptTimeout = options.Timeout,
                        MaxRetries = options.MaxRetries,
                        RetryBaseDelay = options.RetryBaseDelay,
                        MaxRetryDelay = options.MaxRetryDelay,
                    })),
                "hashing" => new HashingEmbeddingGenerator(options.Dimensions ?? HashingEmbeddingGenerator.DefaultDimension),
                _ => MiniLmEmbeddingGenerator.Shared,
            };
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            ThrowIfLocalNotRegistered(options);
            return options.Provider switch
            {
                "openai" => new EmbedderIdentity("openai:" + options.Model, options.Dimensions ?? 0),
                "hashing" => new EmbedderIdentity(HashingEmbeddingGenerator.ModelName, options.Dimensions ?? HashingEmbeddingGenerator.DefaultDimension),
                _ => MiniLmEmbeddingGenerator.Identity,
            };
        });
        return services;
    }

    // Reached only when nothing replaced these registrations: never fall back to another embedder silently.
    private static void ThrowIfLocalNotRegistered(EmbeddingOptions options)
    {
        if (options.Provider == LocalEmbeddingsProvider)
        {
            throw new InvalidOperationException(
                "GenGateway:Embeddings:Provider is 'llamacpp' but the local model provider is not registered in this host (AddLocalModel).");
        }
    }
}
