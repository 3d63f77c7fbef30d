using GenGateway.LlamaCpp;
using GenGateway.LlamaCpp.Chat;
using GenGateway.LlamaCpp.Embeddings;
using GenGateway.LlamaCpp.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the in-process llama.cpp provider.</summary>
public static class LlamaCppServiceCollectionExtensions
{
    /// <summary>Registers the provider with options bound from <paramref name="section"/> (e.g. <c>GenGateway:LlamaCpp</c>).</summary>
    public static IServiceCollection AddLlamaCpp(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<LlamaCppOptions>().Bind(section);
        return AddCore(services);
    }

    /// <summary>Registers the provider with options set in code.</summary>
    public static IServiceCollection AddLlamaCpp(this IServiceCollection services, Action<LlamaCppOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<LlamaCppOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="LlamaChatClient"/> and <see cref="LlamaEmbeddingGenerator"/>
    /// as singletons, also as keyed <see cref="IChatClient"/> / <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>
    /// under <see cref="LlamaCppServiceKeys.Local"/>. Models load on first resolve; a bad model throws
    /// <see cref="LlamaModelLoadException"/> there, which a readiness check can surface. Options are validated on start.
    /// </summary>
    private static IServiceCollection AddCore(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LlamaCppOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlamaCppOptions>, LlamaCppOptionsValidator>());
        services.TryAddSingleton(sp => LlamaChatClient.Create(sp.GetRequiredService<IOptions<LlamaCppOptions>>().Value));
        services.TryAddSingleton(sp => LlamaEmbeddingGenerator.Create(sp.GetRequiredService<IOptions<LlamaCppOptions>>().Value));
        services.TryAddKeyedSingleton<IChatClient>(LlamaCppServiceKeys.Local, (sp, _) => sp.GetRequiredService<LlamaChatClient>());
        services.TryAddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(
            LlamaCppServiceKeys.Local, (sp, _) => sp.GetRequiredService<LlamaEmbeddingGenerator>());
        return services;
    }
}
