using Microsoft.Extensions.Options;

namespace GenGateway.Server.Errors;

/// <summary>
/// Enforces the URL and header limits in the application, below Kestrel's own (which are raised above these in
/// <see cref="Hosting.GenGatewayServerExtensions"/>), so an over-long URL or header set gets a 414 or 431
/// problem+json body instead of Kestrel's empty connection-level answer.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<ServerOptions> options)
{
    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var request = context.Request;
        var urlBytes = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget?.Length
            ?? (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
        if (urlBytes > limits.MaxUrlBytes)
        {
            return Problems.Create(StatusCodes.Status414UriTooLong, ProblemTypes.UrlTooLong, "The URL is too long.",
                $"Path and query are limited to {limits.MaxUrlBytes} bytes (GenGateway:Server:MaxUrlBytes).").ExecuteAsync(context);
        }

        var headerCount = 0;
        long headerBytes = 0;
        foreach (var (name, values) in request.Headers)
        {
            headerCount += Math.Max(values.Count, 1);
            foreach (var value in values)
            {
                headerBytes += name.Length + (value?.Length ?? 0);
            }
        }

        if (headerCount > limits.MaxHeaderCount || headerBytes > limits.MaxHeaderBytes)
        {
            return Problems.Create(StatusCodes.Status431RequestHeaderFieldsTooLarge, ProblemTypes.HeadersTooLarge, "The request headers are too large.",
                $"At most {limits.MaxHeaderCount} headers of {limits.MaxHeaderBytes} bytes in all (GenGateway:Server:MaxHeaderCount, MaxHeaderBytes).").ExecuteAsync(context);
        }

        return next(context);
    }
}
