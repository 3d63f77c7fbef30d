using Microsoft.Extensions.Logging;

namespace GenGateway.Storage.Qdrant;

internal static partial class QdrantStoreLog
{
    [LoggerMessage(2, LogLevel.Information, "Created Qdrant collection {Collection} for {Purpose}")]
    public static partial void CreatedCollection(ILogger logger, string collection, string purpose);
}
