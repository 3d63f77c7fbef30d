using Microsoft.Extensions.Logging;

namespace GenGateway.Storage.Embedded;

internal static partial class EmbeddedStoreLog
{
    [LoggerMessage(1, LogLevel.Information, "Opened vector store {Directory}: {Points} points, {LogBytes} log bytes, in {ElapsedMs} ms")]
    public static partial void Opened(ILogger logger, string directory, long points, long logBytes, long elapsedMs);

    [LoggerMessage(2, LogLevel.Warning, "Vector log {Path} ended with {TornBytes} bytes of an unfinished write; cut them off and saved them to {SidePath}")]
    public static partial void TornTail(ILogger logger, string path, long tornBytes, string? sidePath);

    [LoggerMessage(3, LogLevel.Information, "Compacted vector log {Path}: {Before} -> {After} bytes")]
    public static partial void Compacted(ILogger logger, string path, long before, long after);
}
