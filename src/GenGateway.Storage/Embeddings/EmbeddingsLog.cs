using Microsoft.Extensions.Logging;

namespace GenGateway.Storage.Embeddings;

internal static partial class EmbeddingsLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Embeddings request failed ({Reason}); retry {Attempt} of {Attempts} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, int attempt, int attempts, string reason, long delayMs);
}
