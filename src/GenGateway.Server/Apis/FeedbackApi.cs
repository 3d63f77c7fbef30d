using GenGateway.Core.Feedback;
using GenGateway.Experiments.Recording;
using GenGateway.Server.Auth;
using GenGateway.Server.Errors;

namespace GenGateway.Server.Apis;

/// <summary><c>POST /v1/feedback</c>: what the user did with a released candidate.</summary>
public static class FeedbackApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/feedback", HandleAsync)
            .RequireAuthorization(Scopes.Generate)
            .WithTags("Feedback")
            .WithSummary("Record what the user did with a candidate (accepted, rejected, edited, opened, clicked, replied)")
            .Accepts<FeedbackRequest>("application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, JsonBody body, FeedbackService feedback, ExperimentOutcomes outcomes,
        CancellationToken cancellationToken)
    {
        var (request, problem) = await body.ReadAsync<FeedbackRequest>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (record, errors, unknown) = await feedback.RecordAsync(http.GetCaller().Tenant, request!, cancellationToken);
        if (unknown)
        {
            return Problems.Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Unknown request id.",
                $"No recent generation response has requestId '{request!.RequestId}' for this tenant.");
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        // Feedback on a request an experiment served is also that exposure's outcome; other requests are not in one.
        var experiment = await outcomes.RecordAsync(record!.Tenant,
            new OutcomeInput(record.RequestId, record.Outcome, record.At, record.CandidateIndex), cancellationToken);
        return TypedResults.Accepted((string?)null,
            new { recorded = true, requestId = record.RequestId, record.CandidateIndex, record.Outcome, experimentOutcome = experiment.Recorded });
    }
}
