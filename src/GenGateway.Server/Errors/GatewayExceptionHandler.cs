using GenGateway.Core.Generation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GenGateway.Server.Errors;

/// <summary>
/// Last line of defence: expected failures (providers down, body too large) become their problem types; anything
/// else becomes a 500 problem with the trace id and no stack trace.
/// </summary>
public sealed partial class GatewayExceptionHandler(IProblemDetailsService problems, ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, type, title, detail) = exception switch
        {
            GenerationFailedException { TimedOut: true } e => (504, ProblemTypes.ProviderTimeout, "Every model provider timed out.", e.Message),
            GenerationFailedException e => (502, ProblemTypes.ProviderFailed, "Every model provider failed.", e.Message),
            BadHttpRequestException e when StatusCodeProblems.For(e.StatusCode) is { Type: { } badType } bad => (e.StatusCode, badType, bad.Title!, (string?)null),
            _ => (500, ProblemTypes.Internal, "Unexpected error.", "See the server log for this trace id."),
        };

        if (status == 500)
        {
            LogUnhandled(logger, exception, httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(EventId = 2001, EventName = "UnhandledException", Level = LogLevel.Error, Message = "Unhandled exception for trace {TraceId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId);
}
