using System.Collections.Frozen;
using GenGateway.Core.Caching;
using GenGateway.Core.Configuration;
using GenGateway.Core.Generation;
using GenGateway.Resilience.Pipelines;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Chat;

/// <summary>
/// Builds one layered client per configured provider at startup with M.E.AI's <see cref="ChatClientBuilder"/>
/// (cache ▸ resilience pipeline [retry ▸ circuit breaker ▸ attempt timeout] ▸ provider) and answers, per task, the
/// ordered list of providers to try. Each chain answers <see cref="ChatClientMetadata"/>, so it can be registered in a Kernel.
/// </summary>
public sealed class ModelRouter : IDisposable
{
    private readonly FrozenDictionary<string, ModelRoute> _routes;
    private readonly GenGatewayOptions _options;
    private readonly List<string> _defaultOrder;

    /// <summary>Creates the router from options and the registered provider factories.</summary>
    public ModelRouter(IOptions<GenGatewayOptions> options, IEnumerable<IChatProviderFactory> factories, OutboundPipelineFactory pipelines,
        HybridCache cache, IOptions<CacheOptions> cacheOptions, OutputCacheEraser erasures)
    {
        var caching = cacheOptions.Value;
        var entry = caching.AnswerEntryOptions();
        _options = options.Value;
        var byType = factories.ToDictionary(f => f.Type, StringComparer.OrdinalIgnoreCase);
        var routes = new Dictionary<string, ModelRoute>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, provider) in _options.Providers)
        {
            if (!byType.TryGetValue(provider.Type, out var factory))
            {
                throw new InvalidOperationException(
                    $"GenGateway:Providers:{name}:Type is '{provider.Type}', but no factory for it is registered (registered: {string.Join(", ", byType.Keys)}).");
            }

            var model = ReportedModel(name, provider);
            var builder = factory.Create(name, provider).AsBuilder();
            if (caching.Enabled)
            {
                builder.Use(inner => new AnswerCachingChatClient(inner, name, cache, entry, erasures,
                    response => CandidateParser.Parse(response.Text).Count > 0));
            }

            builder.Use(inner => new ResilientChatClient(inner, name, model, pipelines.Create("chat:" + name, ProviderResilience.For(provider))));
            routes[name] = new ModelRoute(name, model, builder.Build());
        }

        _routes = routes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _defaultOrder = _options.ProviderOrder.Count > 0 ? _options.ProviderOrder : [.. _options.Providers.Keys];
    }

    /// <summary>Whether any provider is configured.</summary>
    public bool HasProviders => _routes.Count > 0;

    /// <summary>The providers to try for a task, in order.</summary>
    public IReadOnlyList<ModelRoute> For(string taskName)
    {
        var order = _options.Tasks.TryGetValue(taskName, out var task) && task.Providers.Count > 0 ? task.Providers : _defaultOrder;
        return [.. order.Select(name => _routes[name])];
    }

    /// <summary>The provider named <paramref name="providerName"/>, or null when none is configured under that name.</summary>
    public ModelRoute? Route(string providerName) => _routes.TryGetValue(providerName, out var route) ? route : null;

    /// <summary>
    /// The model name responses carry: the configured model id, except that a local GGUF is named by its file name
    /// without extension, so responses never reveal the server's directory layout.
    /// </summary>
    internal static string ReportedModel(string name, ProviderOptions provider) =>
        provider.Model is not { Length: > 0 } model ? name
        : provider.Type == ProviderTypes.LlamaCpp ? Path.GetFileNameWithoutExtension(model)
        : model;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var route in _routes.Values)
        {
            route.Client.Dispose();
        }
    }
}
