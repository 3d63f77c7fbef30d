using Microsoft.AspNetCore.Diagnostics;

namespace GenGateway.Server.Errors;

/// <summary>
/// Gives bare status codes from routing and the framework (400 from parameter binding, 404, 405, 408, 413, 414,
/// 415, 431) the gateway's stable problem types, so no error the application answers has an empty body.
/// </summary>
public static class StatusCodeProblems
{
    /// <summary>Status-code-pages handler.</summary>
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (type, title) = For(http.Response.StatusCode);
        return type is null
            ? Task.CompletedTask
            : Problems.Create(http.Response.StatusCode, type, title!).ExecuteAsync(http);
    }

    /// <summary>The problem type and title of a status, or nulls for statuses that are not errors the gateway types.</summary>
    public static (string? Type, string? Title) For(int status) => status switch
    {
        400 => (ProblemTypes.Validation, "The request is invalid."),
        404 => (ProblemTypes.NotFound, "No such endpoint."),
        405 => (ProblemTypes.MethodNotAllowed, "Method not allowed on this endpoint."),
        408 => (ProblemTypes.RequestTimeout, "The request body arrived too slowly."),
        413 => (ProblemTypes.PayloadTooLarge, "The body is too large."),
        414 => (ProblemTypes.UrlTooLong, "The URL is too long."),
        415 => (ProblemTypes.UnsupportedMediaType, "The body must be JSON (Content-Type: application/json)."),
        431 => (ProblemTypes.HeadersTooLarge, "The request headers are too large."),
        _ => (null, null),
    };
}
