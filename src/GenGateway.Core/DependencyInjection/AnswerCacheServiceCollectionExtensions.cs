using GenGateway.Core.Caching;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GenGateway.Core.DependencyInjection;

/// <summary>Registers Microsoft's HybridCache for model answers, with Redis as the shared second level when configured.</summary>
internal static class AnswerCacheServiceCollectionExtensions
{
    public static IServiceCollection AddAnswerCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection("GenGateway:Cache"))
            .Validate(o => o.TtlSeconds > 0 && o.LocalTtlSeconds > 0, "GenGateway:Cache:TtlSeconds and LocalTtlSeconds must be > 0.")
            .Validate(o => o.RedisTimeoutMilliseconds > 0, "GenGateway:Cache:RedisTimeoutMilliseconds must be > 0.")
            .ValidateOnStart();
        services.TryAddSingleton<OutputCacheEraser>();
        if (configuration["GenGateway:Cache:Redis"] is { Length: > 0 })
        {
            // HybridCache uses whatever IDistributedCache is registered as its second level.
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<RedisCacheOptions>().Configure<IOptions<CacheOptions>>((redis, cache) =>
            {
                var connection = ConfigurationOptions.Parse(cache.Value.Redis!);
                // Never block startup on Redis, and bound what an unreachable Redis costs a request.
                connection.AbortOnConnectFail = false;
                connection.ConnectTimeout = cache.Value.RedisTimeoutMilliseconds;
                connection.SyncTimeout = cache.Value.RedisTimeoutMilliseconds;
                connection.AsyncTimeout = cache.Value.RedisTimeoutMilliseconds;
                redis.ConfigurationOptions = connection;
                redis.InstanceName = "gengateway:";
            });
        }

        services.AddHybridCache();
        return services;
    }
}
