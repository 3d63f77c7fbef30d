using System.Globalization;
using GenGateway.Server.Errors;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Hosting.LoadShedding;

/// <summary>Lets a generation request run only with a slot from <see cref="GenerationAdmission"/>; refuses it with 503 otherwise.</summary>
internal sealed class AdmissionFilter(GenerationAdmission admission, IOptions<LoadSheddingOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestAborted.IsCancellationRequested)
        {
            // The caller has gone: do not start work nobody will read.
            return Results.Empty;
        }

        using var lease = await admission.EnterAsync(http.RequestAborted);
        if (lease is null)
        {
            var retryAfter = options.Value.RetryAfterSeconds;
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, ProblemTypes.Overloaded, "The gateway is at capacity.",
                $"Every generation slot is busy and the queue is full or its wait ran out; retry after {retryAfter} s.");
        }

        return http.RequestAborted.IsCancellationRequested ? Results.Empty : await next(context);
    }
}
