using GenGateway.Core.Chat;
using GenGateway.Core.DependencyInjection;
using GenGateway.LlamaCpp.Embeddings;
using GenGateway.Storage;
using GenGateway.Storage.DependencyInjection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenGateway.LlamaCpp.Gateway;

/// <summary>Plugs the in-process llama.cpp provider into the gateway.</summary>
public static class LlamaCppGenGatewayBuilderExtensions
{
    /// <summary>Configuration section of <see cref="LlamaCppOptions"/>.</summary>
    public const string SectionPath = "GenGateway:LlamaCpp";

    /// <summary>
    /// Makes provider type <c>llamacpp</c> available to configuration, with <see cref="LlamaCppOptions"/> bound from
    /// <c>GenGateway:LlamaCpp</c> and validated at startup. <c>GenGateway:LlamaCpp:ModelPath</c> or
    /// <c>GENGATEWAY_LOCAL_MODEL</c> adds the provider <c>local</c> (see <c>EnvironmentProviderDefaults</c>).
    /// When <c>GenGateway:Embeddings:Provider</c> is <c>llamacpp</c>, the profile embedder is the GGUF embedding model
    /// at <c>GenGateway:LlamaCpp:EmbeddingModelPath</c> (replacing the storage layer's own choice, in either order).
    /// </summary>
    public static IGenGatewayBuilder AddLocalModel(this IGenGatewayBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        IServiceCollection services = builder.Services;
        services.AddLlamaCpp(configuration.GetSection(SectionPath));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatProviderFactory, LlamaCppChatProviderFactory>());

        if (string.Equals(configuration["GenGateway:Embeddings:Provider"]?.Trim(), VectorStoreServiceCollectionExtensions.LocalEmbeddingsProvider,
                StringComparison.OrdinalIgnoreCase))
        {
            services.AddOptions<LlamaCppOptions>().Validate(
                o => !string.IsNullOrWhiteSpace(o.EmbeddingModelPath),
                "GenGateway:Embeddings:Provider is 'llamacpp', which needs GenGateway:LlamaCpp:EmbeddingModelPath (an embedding GGUF).");
            services.Replace(ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(
                sp => sp.GetRequiredService<LlamaEmbeddingGenerator>()));
            services.Replace(ServiceDescriptor.Singleton(sp => Identity(sp.GetRequiredService<LlamaEmbeddingGenerator>())));
        }

        return builder;
    }

    /// <summary>The name the vector store records for vectors from <paramref name="embedder"/>.</summary>
    public static EmbedderIdentity Identity(LlamaEmbeddingGenerator embedder)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        return new EmbedderIdentity("llamacpp:" + embedder.ModelId, embedder.Dimensions);
    }
}
