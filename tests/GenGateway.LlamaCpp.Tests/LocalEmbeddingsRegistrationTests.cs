using GenGateway.Core.DependencyInjection;
using GenGateway.LlamaCpp.Embeddings;
using GenGateway.LlamaCpp.Gateway;
using GenGateway.Storage;
using GenGateway.Storage.DependencyInjection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenGateway.LlamaCpp;

/// <summary><c>GenGateway:Embeddings:Provider = llamacpp</c> makes the local GGUF embedder the profile embedder.</summary>
[Collection(LlamaCollection.Name)]
public sealed class LocalEmbeddingsRegistrationTests(LlamaModelFixture fixture)
{
    private IConfiguration Configuration(string? embeddingModel) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["GenGateway:DataDirectory"] = Path.Combine(fixture.WorkDirectory, "data"),
        ["GenGateway:Embeddings:Provider"] = "llamacpp",
        ["GenGateway:LlamaCpp:EmbeddingModelPath"] = embeddingModel,
        ["GenGateway:LlamaCpp:ContextSize"] = "256",
        ["GenGateway:LlamaCpp:BatchSize"] = "64",
        ["GenGateway:LlamaCpp:Threads"] = "2",
    }).Build();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Local_embedder_replaces_the_storage_choice_in_either_order(bool storageFirst)
    {
        IConfiguration configuration = Configuration(fixture.EmbeddingModelPath);
        var services = new ServiceCollection();
        services.AddLogging();
        if (storageFirst)
        {
            services.AddGenGatewayVectorStore(configuration);
        }

        services.AddGenGateway(configuration).AddLocalModel(configuration);
        if (!storageFirst)
        {
            services.AddGenGatewayVectorStore(configuration);
        }

        await using ServiceProvider provider = services.BuildServiceProvider();
        var embedder = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        EmbedderIdentity identity = provider.GetRequiredService<EmbedderIdentity>();

        Assert.IsType<LlamaEmbeddingGenerator>(embedder);
        Assert.Equal(new EmbedderIdentity("llamacpp:tiny-embed", 64), identity);
        ReadOnlyMemory<float> vector = (await embedder.GenerateAsync("Winter coats are 20% off")).Vector;
        Assert.Equal(64, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.ToArray().Sum(v => (double)v * v)), precision: 4);
    }

    [Fact]
    public void Local_embeddings_without_a_model_path_stop_startup_naming_the_key()
    {
        IConfiguration configuration = Configuration(embeddingModel: null);
        var services = new ServiceCollection();
        services.AddGenGateway(configuration).AddLocalModel(configuration);
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlamaCppOptions>>().Value);

        Assert.Contains("GenGateway:LlamaCpp:EmbeddingModelPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_alone_refuses_llamacpp_rather_than_falling_back_to_another_embedder()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGenGatewayVectorStore(Configuration(fixture.EmbeddingModelPath));
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());

        Assert.Contains("AddLocalModel", error.Message, StringComparison.Ordinal);
    }
}
