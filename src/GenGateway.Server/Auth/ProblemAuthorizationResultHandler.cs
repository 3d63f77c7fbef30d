using GenGateway.Server.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GenGateway.Server.Auth;

/// <summary>Answers a missing or wrong key (401) and a missing scope (403) as problem+json, naming the scope needed.</summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problems.Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "A valid API key is required.",
                "Send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.").ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var needed = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ClaimsAuthorizationRequirement>()
                .SelectMany(requirement => requirement.AllowedValues ?? [])
                .FirstOrDefault(scope => scope != Scopes.All);
            await Problems.Create(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "The API key lacks a scope.",
                needed is null ? "This endpoint needs a scope the key does not hold." : $"This endpoint needs scope '{needed}'.").ExecuteAsync(context);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
