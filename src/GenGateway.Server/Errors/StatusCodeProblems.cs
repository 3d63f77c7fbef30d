using Microsoft.AspNetCore.Diagnostics;

namespace GenGateway.Server.Errors;

/// <summary>Gives bare status codes from routing (404, 405, 415) the gateway's stable problem types.</summary>
public static class StatusCodeProblems
{
    /// <summary>Status-code-pages handler.</summary>
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (type, title) = http.Response.StatusCode switch
        {
            404 => (ProblemTypes.NotFound, "No such endpoint."),
            405 => (ProblemTypes.NotFound, "Method not allowed on this endpoint."),
            415 => (ProblemTypes.UnsupportedMediaType, "The body must be JSON (Content-Type: application/json)."),
            _ => ((string?)null, (string?)null),
        };
        return type is null
            ? Task.CompletedTask
            : Problems.Create(http.Response.StatusCode, type, title!).ExecuteAsync(http);
    }
}
