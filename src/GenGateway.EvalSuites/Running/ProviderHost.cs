using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.Core.DependencyInjection;
using GenGateway.Core.Generation;
using GenGateway.Core.Prompts;
using GenGateway.EvalSuites.Model;
using GenGateway.Providers.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenGateway.EvalSuites.Running;

/// <summary>
/// One gateway instance for one provider of a suite's matrix: the same <c>AddGenGateway</c> composition the
/// server uses, from in-memory configuration, with the suite's prompt library and every provider client wrapped
/// in an <see cref="EvalChatClient"/>.
/// </summary>
internal sealed class ProviderHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _dataDirectory;

    private ProviderHost(ServiceProvider services, GenerationPipeline pipeline, string dataDirectory)
    {
        _services = services;
        _dataDirectory = dataDirectory;
        Pipeline = pipeline;
    }

    public GenerationPipeline Pipeline { get; }

    public IServiceProvider Services => _services;

    public static ProviderHost Create(ProviderSpec spec, EvalSuite suite, PromptLibrary prompts, EvalRunOptions options, ResponseCache? cache)
    {
        var env = options.Environment is { } vars ? (Func<string, string?>)(k => vars.GetValueOrDefault(k)) : Environment.GetEnvironmentVariable;
        var dataDirectory = Directory.CreateTempSubdirectory("gengateway-eval-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(ProviderSettings.For(spec, suite, env, dataDirectory)).Build();

        var services = new ServiceCollection();
        services.AddSingleton(prompts);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(ScopeLogger<>));
        // Smart replies choose from the vetted set with the process's one MiniLM model (profiles register it in the server).
        services.AddKeyedSingleton<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(
            GenGateway.Core.Tasks.Replies.ReplySelector.EmbedderKey, GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        var builder = services.AddGenGateway(configuration).AddHostedProviders();
        options.ConfigureGateway?.Invoke(builder, configuration);
        var settings = new EvalChatSettings(string.Empty, spec.Model, null, spec.Temperature, options.Seed);
        WrapFactories(services, o => settings with { ProviderType = o.Type, BaseUrl = o.BaseUrl }, cache);

        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<GenGatewayOptions>>().Value;
            return new ProviderHost(provider, provider.GetRequiredService<GenerationPipeline>(), dataDirectory);
        }
        catch (OptionsValidationException ex)
        {
            provider.Dispose();
            DeleteQuietly(dataDirectory);
            throw new ProviderSetupException($"{spec.Label}: {string.Join("; ", ex.Failures)}", ex);
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("no factory", StringComparison.Ordinal))
        {
            provider.Dispose();
            DeleteQuietly(dataDirectory);
            var hint = spec.Kind == ProviderKind.Local
                ? " The llama.cpp provider (GenGateway.LlamaCpp) is not registered in this build, so local:<gguf> cannot run."
                : string.Empty;
            throw new ProviderSetupException($"{spec.Label}: {ex.Message}{hint}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        DeleteQuietly(_dataDirectory);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not turn a finished run into a failure.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    // Replaces each registered IChatProviderFactory with a wrapper, whatever way it was registered.
    private static void WrapFactories(ServiceCollection services, Func<ProviderOptions, EvalChatSettings> settings, ResponseCache? cache)
    {
        var registered = services.Where(d => d.ServiceType == typeof(IChatProviderFactory)).ToList();
        foreach (var descriptor in registered)
        {
            services.Remove(descriptor);
            services.AddSingleton<IChatProviderFactory>(sp => new EvalChatProviderFactory(Resolve(descriptor, sp), settings, cache));
        }
    }

    private static IChatProviderFactory Resolve(ServiceDescriptor descriptor, IServiceProvider sp) =>
        (IChatProviderFactory)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
