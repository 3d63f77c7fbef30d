using Microsoft.Extensions.Logging;

namespace GenGateway.Storage.Qdrant;

internal static partial class QdrantStoreLog
{
    [LoggerMessage(1, LogLevel.Warning, "Qdrant {Operation} failed (attempt {Attempt} of {Attempts}): {Reason}; retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, int attempts, string reason, long delayMs);

    [LoggerMessage(2, LogLevel.Information, "Created Qdrant collection {Collection} for embedder {Embedder}")]
    public static partial void CreatedCollection(ILogger logger, string collection, string embedder);
}
