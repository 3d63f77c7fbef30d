using Grpc.Core;
using Polly;
using Polly.Retry;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// Which Qdrant failures are worth another attempt, and the retry pipeline the store runs every call through.
/// Every store call is idempotent (insert-only upserts with deterministic ids, deletes and reads by filter), so a
/// repeated attempt cannot double-apply anything.
/// </summary>
public static class QdrantResilience
{
    /// <summary>DI key of the <see cref="ResiliencePipeline"/> every Qdrant call runs through.</summary>
    public const string PipelineKey = "GenGateway.Qdrant";

    /// <summary>
    /// True for a failure another attempt may cure: the server unreachable or shedding load, an aborted or internal
    /// error (Qdrant's shard-unavailable), a call past its deadline. Never for a rejected request or a caller's cancel.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception is RpcException
    {
        StatusCode: StatusCode.Unavailable or StatusCode.ResourceExhausted or StatusCode.Aborted or StatusCode.Internal or StatusCode.DeadlineExceeded,
    };

    /// <summary>Exponential back-off with jitter from <see cref="QdrantOptions.RetryBaseDelay"/>, <see cref="QdrantOptions.MaxRetries"/> times, on <paramref name="timeProvider"/>.</summary>
    public static ResiliencePipeline CreatePipeline(QdrantOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RpcException>(IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        return builder.Build();
    }
}
