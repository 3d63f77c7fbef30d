using GenGateway.Core.Validation;
using GenGateway.Profiles.Building;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Hosting;
using GenGateway.Profiles.Ingestion;
using GenGateway.Profiles.Privacy;
using GenGateway.Server.Apis.Users;
using GenGateway.Server.Auth;
using GenGateway.Server.Errors;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Apis;

/// <summary>User events, profile, consent, export and erasure: thin maps onto GenGateway.Profiles.</summary>
public static class UsersApi
{
    /// <summary>Maps the <c>/v1/users/{userId}/…</c> endpoints (scope <c>profiles</c> when API keys are on).</summary>
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/v1/users/{userId}").WithTags("Users").RequireAuthorization(Scopes.Profiles);
        users.MapPost("/events", IngestAsync)
            .WithSummary("Ingest a batch of user events (idempotent by event id; PII is redacted before storage)")
            .Accepts<EventBatch>("application/json")
            .Produces<IngestResult>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        users.MapGet("/profile", GetProfileAsync)
            .WithSummary("The user's readable profile: style traits, interests and the evidence behind each")
            .Produces<UserProfile>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapPut("/consent", SetConsentAsync)
            .WithSummary("Turn personalization on or off for the user")
            .Accepts<ConsentRequest>("application/json")
            .Produces<Consent>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        users.MapGet("/export", ExportAsync)
            .WithSummary("Everything stored about the user: events as stored (redacted), profile and consent")
            .Produces<UserExport>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapDelete("/", EraseAsync)
            .WithSummary("Erase the user: stored events, profile, consent, cached outputs and feedback")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        foreach (var status in new[] { StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests })
        {
            users.ProducesProblem(status);
        }

        return app;
    }

    private static async Task<IResult> IngestAsync(string userId, HttpContext http, JsonBody body, EventIngestor ingestor,
        IOptions<ProfileOptions> options, CancellationToken cancellationToken)
    {
        var (batch, problem) = await body.ReadAsync<EventBatch>(http.Request, options.Value.MaxRequestBodyBytes, "GenGateway:Profiles:MaxRequestBodyBytes", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = ingestor.ValidateBatch(userId, batch!);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await ingestor.IngestAsync(http.GetCaller().Tenant, userId, batch!, cancellationToken);

        // A batch in which nothing could be taken is the caller's mistake as a whole; a partly bad one is accepted in part.
        return result is { Accepted: 0, Duplicates: 0 }
            ? Problems.Validation(result.Errors)
            : TypedResults.Accepted((string?)null, result);
    }

    private static async Task<IResult> GetProfileAsync(string userId, HttpContext http, ProfileService profiles, CancellationToken cancellationToken) =>
        BadUserId(userId) ?? TypedResults.Ok(await profiles.GetAsync(http.GetCaller().Tenant, userId, cancellationToken));

    private static async Task<IResult> SetConsentAsync(string userId, HttpContext http, JsonBody body, ConsentStore consents, CancellationToken cancellationToken)
    {
        if (BadUserId(userId) is { } bad)
        {
            return bad;
        }

        var (request, problem) = await body.ReadAsync<ConsentRequest>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return request!.Personalization is { } personalization
            ? TypedResults.Ok(await consents.SetAsync(http.GetCaller().Tenant, userId, personalization, cancellationToken))
            : Problems.Validation([new FieldError("personalization", "is required: true or false")]);
    }

    private static async Task<IResult> ExportAsync(string userId, HttpContext http, UserDataService data, CancellationToken cancellationToken) =>
        BadUserId(userId) ?? TypedResults.Ok(await data.ExportAsync(http.GetCaller().Tenant, userId, cancellationToken));

    private static async Task<IResult> EraseAsync(string userId, HttpContext http, UserDataService data, CancellationToken cancellationToken)
    {
        if (BadUserId(userId) is { } bad)
        {
            return bad;
        }

        await data.EraseAsync(http.GetCaller().Tenant, userId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static IResult? BadUserId(string userId) => EventBatchValidator.IsValidUserId(userId)
        ? null
        : Problems.Validation([new FieldError("userId", "must be 1-128 characters without control characters")]);
}
