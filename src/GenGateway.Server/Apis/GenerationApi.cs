using GenGateway.Core.Generation;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Core.Validation;
using GenGateway.Experiments;
using GenGateway.Server.Auth;
using GenGateway.Server.Errors;
using GenGateway.Server.Hosting.LoadShedding;
using Microsoft.AspNetCore.Mvc;

namespace GenGateway.Server.Apis;

/// <summary>The three generation endpoints: thin maps from HTTP to <see cref="GenerationPipeline"/>.</summary>
public static class GenerationApi
{
    /// <summary>
    /// Header carrying the caller's randomization key for requests without a <c>userId</c> (a device or session id);
    /// such requests are left out of experiments when it is absent.
    /// </summary>
    public const string ExperimentKeyHeader = "X-Experiment-Key";

    /// <summary>Maps <c>/v1/subject-lines</c>, <c>/v1/smart-replies</c> and <c>/v1/ui-copy</c>.</summary>
    public static IEndpointRouteBuilder MapGenerationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1").WithTags("Generation").RequireAuthorization(Scopes.Generate).AddEndpointFilter<AdmissionFilter>();
        Map<SubjectLineRequest>(group, "/subject-lines", "Email subject lines from a campaign brief");
        Map<SmartReplyRequest>(group, "/smart-replies", "Short replies to the last message of a thread");
        Map<UiCopyRequest>(group, "/ui-copy", "Copy for one UI element");
        return app;
    }

    private static void Map<TRequest>(RouteGroupBuilder group, string path, string summary)
        where TRequest : class, ITaskRequest =>
        group.MapPost(path, (HttpContext http, [FromHeader(Name = ExperimentKeyHeader)] string? experimentKey, JsonBody body,
                RequestValidator validator, ExperimentGateway gateway, CancellationToken cancellationToken) =>
                HandleAsync<TRequest>(http, experimentKey, body, validator, gateway, cancellationToken))
            .WithSummary(summary)
            .Accepts<TRequest>("application/json")
            .Produces<GenerationResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

    private static async Task<IResult> HandleAsync<TRequest>(HttpContext http, string? experimentKey, JsonBody body,
        RequestValidator validator, ExperimentGateway gateway, CancellationToken cancellationToken)
        where TRequest : class, ITaskRequest
    {
        // Read strictly here rather than bound: "?explain=banana" must be a 400 naming the parameter.
        var (explain, queryProblem) = QueryFlags.Read(http.Request.Query, "explain");
        if (queryProblem is not null)
        {
            return queryProblem;
        }

        var (request, problem) = await body.ReadAsync<TRequest>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = validator.Validate(request!);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var context = new GenerationContext(http.GetCaller().Tenant, Guid.NewGuid().ToString("N"), explain);
        return TypedResults.Ok(await gateway.GenerateAsync(request!, context, experimentKey, cancellationToken));
    }
}
