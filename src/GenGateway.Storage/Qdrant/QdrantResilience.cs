using Grpc.Core;
using GenGateway.Resilience.Pipelines;
using Polly;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// Qdrant's part of the project's one resilience mechanism: which gRPC failures are worth another attempt (read by
/// <see cref="QdrantStoreException"/>, which the shared classifier asks), and the pipeline the shared
/// <see cref="OutboundPipelineFactory"/> builds for Qdrant from <see cref="QdrantOptions"/>. Every store call is
/// idempotent (insert-only upserts and record puts with deterministic ids, deletes and reads by filter), so a repeated
/// attempt cannot double-apply anything.
/// </summary>
public static class QdrantResilience
{
    /// <summary>DI key of the <see cref="ResiliencePipeline"/> every Qdrant call runs through.</summary>
    public const string PipelineKey = "GenGateway.Qdrant";

    /// <summary>
    /// True for a status another attempt may cure: the server unreachable or shedding load, an aborted or internal
    /// error (Qdrant's shard-unavailable), a call past its deadline. Never for a rejected request or a cancel.
    /// </summary>
    public static bool IsTransient(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.ResourceExhausted or StatusCode.Aborted or StatusCode.Internal or StatusCode.DeadlineExceeded;

    /// <summary>
    /// The Qdrant pipeline: <see cref="QdrantOptions.MaxRetries"/> retries with exponential back-off and jitter from
    /// <see cref="QdrantOptions.RetryBaseDelay"/>, each attempt bounded by <see cref="QdrantOptions.Timeout"/>. No circuit
    /// breaker: the store has nowhere else to go, so callers get Qdrant's own answer instead of a breaker's.
    /// </summary>
    public static ResiliencePipeline CreatePipeline(QdrantOptions options, OutboundPipelineFactory factory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        return factory.Create("qdrant", new OutboundResilienceOptions
        {
            MaxRetries = options.MaxRetries,
            RetryBaseDelay = options.RetryBaseDelay,
            AttemptTimeout = options.Timeout,
        });
    }
}
