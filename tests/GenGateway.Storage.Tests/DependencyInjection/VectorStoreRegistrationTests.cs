using GenGateway.Storage.DependencyInjection;
using GenGateway.Storage.Embedded;
using GenGateway.Storage.Embeddings;
using GenGateway.Storage.Qdrant;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenGateway.Storage.Tests.DependencyInjection;

public sealed class VectorStoreRegistrationTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gg-di-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public void Defaults_to_the_embedded_store_under_the_data_directory_and_the_minilm_embedder()
    {
        using var services = Build(new() { ["GenGateway:DataDirectory"] = _dataDirectory });

        var store = Assert.IsType<EmbeddedVectorStore>(services.GetRequiredService<IVectorStore>());
        Assert.Equal(Path.Combine(_dataDirectory, "vectors"), store.Directory);
        Assert.Same(MiniLmEmbeddingGenerator.Shared, services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Equal(new EmbedderIdentity("minilm:all-MiniLM-L6-v2", 384), services.GetRequiredService<EmbedderIdentity>());
    }

    [Fact]
    public void Hashing_stays_selectable_with_its_identity()
    {
        using var services = Build(new() { ["GenGateway:DataDirectory"] = _dataDirectory, ["GenGateway:Embeddings:Provider"] = "hashing" });

        Assert.IsType<HashingEmbeddingGenerator>(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Equal(new EmbedderIdentity("hashing-v1", 384), services.GetRequiredService<EmbedderIdentity>());
    }

    [Fact]
    public void Picks_qdrant_when_a_url_is_configured()
    {
        using var services = Build(new() { ["GenGateway:Qdrant:Url"] = "http://127.0.0.1:6333", ["GenGateway:Qdrant:Collection"] = "c1" });

        Assert.IsType<QdrantVectorStore>(services.GetRequiredService<IVectorStore>());
        Assert.Equal("c1", services.GetRequiredService<IOptions<QdrantOptions>>().Value.Collection);
    }

    [Fact]
    public void Picks_the_openai_embedder_with_its_identity()
    {
        using var services = Build(new()
        {
            ["GenGateway:DataDirectory"] = _dataDirectory,
            ["GenGateway:Embeddings:Provider"] = "openai",
            ["GenGateway:Embeddings:Model"] = "text-embedding-3-small",
            ["GenGateway:Embeddings:Dimensions"] = "1536",
            ["GenGateway:Embeddings:BaseUrl"] = "http://127.0.0.1:9/v1",
        });

        var generator = Assert.IsType<ResilientEmbeddingGenerator>(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Equal("openai", generator.GetService<EmbeddingGeneratorMetadata>()?.ProviderName);
        Assert.Equal(new EmbedderIdentity("openai:text-embedding-3-small", 1536), services.GetRequiredService<EmbedderIdentity>());
    }

    [Theory]
    [InlineData("GenGateway:VectorStore", "postgres", "must be 'embedded' or 'qdrant'")]
    [InlineData("GenGateway:Embeddings:Provider", "word2vec", "must be 'minilm', 'hashing', 'openai' or 'llamacpp'")]
    [InlineData("GenGateway:Embeddings:Dimensions", "512", "Dimensions for minilm can only be 384")]
    [InlineData("GenGateway:Qdrant:MaxRetries", "-1", "MaxRetries 0-10")]
    [InlineData("GenGateway:Embeddings:MaxRetries", "11", "GenGateway:Embeddings:MaxRetries must be 0-10")]
    public void Rejects_bad_settings_with_the_key_named(string key, string value, string expected)
    {
        using var services = Build(new() { ["GenGateway:DataDirectory"] = _dataDirectory, [key] = value });

        var error = Assert.ThrowsAny<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<VectorStoreSelection>>().Value;
            _ = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            _ = services.GetRequiredService<IOptions<QdrantOptions>>().Value;
        });
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requires_a_model_for_the_openai_embedder()
    {
        using var services = Build(new() { ["GenGateway:Embeddings:Provider"] = "openai", ["GenGateway:Embeddings:Dimensions"] = "8" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmbeddingOptions>>().Value);
        Assert.Contains("GenGateway:Embeddings:Model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requires_a_url_when_qdrant_is_chosen_explicitly()
    {
        using var services = Build(new() { ["GenGateway:VectorStore"] = "qdrant" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<QdrantOptions>>().Value);
        Assert.Contains("QDRANT_URL", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddGenGatewayVectorStore(configuration);
        return services.BuildServiceProvider();
    }
}
