using System.Collections;
using GenGateway.Core.DependencyInjection;
using GenGateway.Core.Guardrails;
using GenGateway.Evaluation.Measurement;
using GenGateway.LlamaCpp.Gateway;
using GenGateway.Providers.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.Cli.Commands;

/// <summary>
/// The gateway's LLM judge (<c>judge-groundedness</c> rubric) over a provider configured as the gateway configures
/// it (environment variables such as <c>OPENAI_API_KEY</c>, or <c>GenGateway__Providers__…</c>), for measurement.
/// </summary>
internal sealed class ModelHallucinationJudge : IHallucinationJudge, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly LlmJudge _judge;

    private ModelHallucinationJudge(ServiceProvider services, LlmJudge judge, string provider)
    {
        _services = services;
        _judge = judge;
        Description = provider;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Builds the judge for <paramref name="provider"/>; <paramref name="environment"/> stands in for the process environment in tests.</summary>
    /// <exception cref="InvalidOperationException">The provider is not configured, or the configuration is invalid.</exception>
    public static ModelHallucinationJudge Create(string provider, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var settings = environment?.ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => e.Value)
            ?? Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .ToDictionary(e => ((string)e.Key).Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value);
        settings["GenGateway:Judge:Provider"] = provider;
        settings.TryAdd("GenGateway:DataDirectory", Path.Combine(Path.GetTempPath(), "gengateway-evaluators"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        // Smart replies choose from the vetted set with the process's one MiniLM model (profiles register it in the server).
        services.AddKeyedSingleton<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(
            GenGateway.Core.Tasks.Replies.ReplySelector.EmbedderKey, GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        services.AddGenGateway(configuration).AddHostedProviders().AddLocalModel(configuration);
        ServiceProvider built = services.BuildServiceProvider();
        try
        {
            var judge = built.GetRequiredService<IGuardrailJudge>() as LlmJudge
                ?? throw new InvalidOperationException("the gateway's judge is not the LLM judge");
            return new ModelHallucinationJudge(built, judge, provider);
        }
        catch
        {
            built.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<double?> ScoreAsync(string context, string output, CancellationToken cancellationToken) =>
        await _judge.ScoreGroundednessAsync(context, output, cancellationToken) is { } verdict ? verdict.Score : null;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
