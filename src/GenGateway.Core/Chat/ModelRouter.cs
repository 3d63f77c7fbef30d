using System.Collections.Frozen;
using GenGateway.Core.Caching;
using GenGateway.Core.Configuration;
using GenGateway.Core.Generation;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Chat;

/// <summary>
/// Builds one layered client per configured provider at startup (cache ▸ retry ▸ circuit breaker ▸ timeout ▸
/// provider) and answers, per task, the ordered list of providers to try.
/// </summary>
public sealed class ModelRouter : IDisposable
{
    private readonly FrozenDictionary<string, ModelRoute> _routes;
    private readonly GenGatewayOptions _options;
    private readonly List<string> _defaultOrder;

    /// <summary>Creates the router from options and the registered provider factories.</summary>
    public ModelRouter(IOptions<GenGatewayOptions> options, IEnumerable<IChatProviderFactory> factories, TimeProvider timeProvider,
        HybridCache cache, IOptions<CacheOptions> cacheOptions)
    {
        var caching = cacheOptions.Value;
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

            var resilience = new ResilienceOptions
            {
                Timeout = TimeSpan.FromSeconds(provider.TimeoutSeconds),
                MaxRetries = provider.MaxRetries,
                MaxRetryDelay = TimeSpan.FromSeconds(provider.MaxRetryDelaySeconds),
                RetryBaseDelay = TimeSpan.FromMilliseconds(provider.RetryBaseDelayMilliseconds),
                BreakDuration = TimeSpan.FromSeconds(provider.BreakSeconds),
                BreakerMinimumThroughput = Math.Max(2, provider.BreakerMinimumThroughput),
            };
            var builder = new ChatPipelineBuilder(factory.Create(name, provider));
            if (caching.Enabled)
            {
                builder.Use(inner => new CachingChatClient(inner, name, cache, TimeSpan.FromSeconds(caching.TtlSeconds),
                    response => CandidateParser.Parse(response.Text).Count > 0));
            }

            var client = builder.UseResilience(name, resilience, timeProvider).Build();
            routes[name] = new ModelRoute(name, ReportedModel(name, provider), client);
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
