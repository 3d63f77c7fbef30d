using GenGateway.Core.Validation;
using GenGateway.Experiments.Recording;
using GenGateway.Experiments.Reporting;
using GenGateway.Server.Auth;
using GenGateway.Server.Errors;

namespace GenGateway.Server.Apis;

/// <summary>Experiment outcomes reported later by the product, and experiment reports.</summary>
public static class ExperimentsApi
{
    /// <summary>Largest outcomes batch accepted in one call.</summary>
    public const int MaxBatch = 1000;

    /// <summary>Maps <c>POST /v1/experiments/outcomes</c> and <c>GET /v1/experiments/{id}/report</c>.</summary>
    public static IEndpointRouteBuilder MapExperimentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/experiments").WithTags("Experiments").RequireAuthorization(Scopes.Generate);
        group.MapPost("/outcomes", RecordAsync)
            .WithSummary("Outcomes the product saw after an exposure (opened, clicked, replied, converted, unsubscribed), joined by request id")
            .Accepts<OutcomeBatch>("application/json")
            .Produces<OutcomeBatchResult>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{id}/report", ReportAsync)
            .WithSummary("Per-arm users, exposures, outcome rates, lift against control with 95% intervals, sample-ratio check, novelty and guard picture")
            .Produces<ExperimentReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> RecordAsync(HttpContext http, JsonBody body, ExperimentOutcomes outcomes, CancellationToken cancellationToken)
    {
        var (batch, problem) = await body.ReadAsync<OutcomeBatch>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (batch!.Outcomes is not { Count: > 0 } items)
        {
            return Problems.Validation([new FieldError("outcomes", "must hold at least one outcome")]);
        }

        if (items.Count > MaxBatch)
        {
            return Problems.Validation([new FieldError("outcomes", $"holds {items.Count} outcomes; at most {MaxBatch} per call")]);
        }

        // Each outcome is judged on its own: a bad one is listed, the good ones are stored (durably, before the 202).
        var tenant = http.GetCaller().Tenant;
        var errors = new List<FieldError>();
        var recorded = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var result = await outcomes.RecordAsync(tenant, items[i], cancellationToken);
            if (result.Recorded)
            {
                recorded++;
            }

            errors.AddRange(result.Errors.Select(e => e with { Field = $"outcomes[{i}].{e.Field}" }));
        }

        return TypedResults.Accepted((string?)null, new OutcomeBatchResult(recorded, items.Count - recorded, errors));
    }

    private static async Task<IResult> ReportAsync(HttpContext http, string id, ExperimentReports reports, CancellationToken cancellationToken)
    {
        var report = await reports.GetAsync(http.GetCaller().Tenant, id, cancellationToken);
        return report is null
            ? Problems.Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Unknown experiment.", $"This tenant declares no experiment '{id}'.")
            : TypedResults.Ok(report);
    }
}

/// <summary>Body of <c>POST /v1/experiments/outcomes</c>.</summary>
/// <param name="Outcomes">The outcomes, at most 1000.</param>
public sealed record OutcomeBatch(IReadOnlyList<OutcomeInput>? Outcomes);

/// <summary>Answer of <c>POST /v1/experiments/outcomes</c>.</summary>
/// <param name="Recorded">Outcomes joined to an exposure and stored.</param>
/// <param name="Rejected">Outcomes not stored (see errors).</param>
/// <param name="Errors">Why, per outcome field.</param>
public sealed record OutcomeBatchResult(int Recorded, int Rejected, IReadOnlyList<FieldError> Errors);
