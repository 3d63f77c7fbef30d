using Grpc.Core;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// Runs every Qdrant call through the shared resilience pipeline and turns gRPC failures into <see cref="QdrantStoreException"/>;
/// also the collection set-up both stores share (create if missing, keyword payload indexes).
/// </summary>
internal sealed class QdrantCalls(QdrantClient client, ResiliencePipeline pipeline, ILogger logger)
{
    public QdrantClient Client => client;

    public async Task<T> RunAsync<T>(string operation, string collection, Func<QdrantClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(
                static async (state, token) =>
                {
                    try
                    {
                        return await state.call(state.client, token).ConfigureAwait(false);
                    }
                    catch (RpcException error) when (error.StatusCode == StatusCode.Cancelled && token.IsCancellationRequested)
                    {
                        // The caller's cancel, or the pipeline's attempt timeout: either way a cancellation, which the
                        // pipeline turns into a timeout (retried) when it was its own.
                        throw new OperationCanceledException(error.Status.Detail, error, token);
                    }
                    catch (RpcException error)
                    {
                        // Wrapped inside the pipeline, so the shared classifier reads the status (IOutboundFailureSource).
                        throw QdrantStoreException.From(state.operation, state.collection, error);
                    }
                    catch (QdrantException error)
                    {
                        // The client's own refusal of an answer, e.g. a collection create that returned false: not transient.
                        throw new QdrantStoreException(state.operation, null, $"Qdrant {state.operation} on collection '{state.collection}' failed: {error.Message}", error);
                    }
                },
                (call, client, operation, collection),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException error)
        {
            throw new QdrantStoreException(operation, StatusCode.DeadlineExceeded,
                $"Qdrant {operation} on collection '{collection}' did not answer within {error.Timeout.TotalSeconds:0.#} s (GenGateway:Qdrant:Timeout), also after the retries.", error);
        }
    }

    /// <summary>The collection's description, or null when it does not exist.</summary>
    public async Task<CollectionInfo?> GetCollectionAsync(string collection, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync("get collection", collection, (c, t) => c.GetCollectionInfoAsync(collection, t), cancellationToken).ConfigureAwait(false);
        }
        catch (QdrantStoreException error) when (error.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Creates the collection; another gateway replica creating it first is fine (the caller reads it back).</summary>
    public async Task CreateCollectionAsync(string collection, VectorParams vectors, Dictionary<string, Value> metadata, string purpose, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync("create collection", collection, async (c, t) =>
            {
                await c.CreateCollectionAsync(collection, vectors, metadata, cancellationToken: t).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            QdrantStoreLog.CreatedCollection(logger, collection, purpose);
        }
        catch (QdrantStoreException error) when (error.StatusCode == StatusCode.AlreadyExists)
        {
        }
    }

    /// <summary>Adds the keyword indexes the collection lacks; <c>tenant</c> is marked <c>is_tenant</c> so Qdrant co-locates each tenant's points.</summary>
    public async Task EnsureKeywordIndexesAsync(string collection, CollectionInfo info, IEnumerable<string> fields, CancellationToken cancellationToken)
    {
        foreach (var field in fields.Where(f => !info.PayloadSchema.ContainsKey(f)))
        {
            var parameters = field == QdrantPayload.Tenant
                ? new PayloadIndexParams { KeywordIndexParams = new KeywordIndexParams { IsTenant = true } }
                : null;
            var result = await RunAsync($"create index on {field}", collection,
                (c, t) => c.CreatePayloadIndexAsync(collection, field, PayloadSchemaType.Keyword, parameters, wait: true, cancellationToken: t),
                cancellationToken).ConfigureAwait(false);
            CheckApplied($"create index on {field}", collection, result);
        }
    }

    /// <summary>A write sent with <c>wait=true</c> must come back completed; anything else means it may not be applied.</summary>
    public static void CheckApplied(string operation, string collection, UpdateResult result)
    {
        if (result.Status != UpdateStatus.Completed)
        {
            throw new QdrantStoreException(operation, null,
                $"Qdrant {operation} on collection '{collection}' answered {result.Status} instead of Completed; the write may not be applied.");
        }
    }
}
