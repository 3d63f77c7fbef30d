using Microsoft.Extensions.Logging;

namespace GenGateway.Resilience.Pipelines;

internal static partial class OutboundResilienceLog
{
    [LoggerMessage(EventId = 4201, EventName = "OutboundRetry", Level = LogLevel.Warning,
        Message = "{Dependency}: attempt {Attempt} of {Attempts} failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string dependency, int attempt, int attempts, string reason, long delayMs);

    [LoggerMessage(EventId = 4202, EventName = "OutboundCircuitOpened", Level = LogLevel.Warning,
        Message = "{Dependency}: circuit opened for {BreakMs} ms after repeated failures ({Reason})")]
    public static partial void CircuitOpened(ILogger logger, string dependency, long breakMs, string reason);

    [LoggerMessage(EventId = 4203, EventName = "OutboundCircuitClosed", Level = LogLevel.Information,
        Message = "{Dependency}: circuit closed again")]
    public static partial void CircuitClosed(ILogger logger, string dependency);
}
