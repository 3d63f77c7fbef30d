using System.Security.Cryptography;
using System.Text;
using GenGateway.Server.Errors;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Auth;

/// <summary>
/// Resolves the API key (<c>Authorization: Bearer</c> or <c>X-Api-Key</c>) to a tenant and scopes. Health and
/// OpenAPI endpoints stay open so probes and tooling work without a key.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, IOptionsMonitor<ApiKeyOptions> options)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var keys = options.CurrentValue.Keys;
        var path = context.Request.Path;
        if (keys.Count == 0 || !path.StartsWithSegments("/v1"))
        {
            await next(context);
            return;
        }

        var presented = PresentedKey(context.Request);
        var entry = presented is null ? null : Find(keys, presented);
        if (entry is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problems.Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "A valid API key is required.",
                "Send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.").ExecuteAsync(context);
            return;
        }

        var caller = new Caller(entry.Tenant, entry.Name, entry.EffectiveScopes.ToHashSet(StringComparer.OrdinalIgnoreCase));
        var needed = path.StartsWithSegments("/v1/users") ? Scopes.Profiles : Scopes.Generate;
        if (!caller.Has(needed))
        {
            await Problems.Create(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "The API key lacks a scope.",
                $"This endpoint needs scope '{needed}'.").ExecuteAsync(context);
            return;
        }

        context.SetCaller(caller);
        await next(context);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header : null;
    }

    private static ApiKeyEntry? Find(List<ApiKeyEntry> keys, string presented)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        foreach (var entry in keys)
        {
            // Compare hashes in constant time so response timing says nothing about how close a guess was.
            if (entry.Sha256.Length == 64 && CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(entry.Sha256)))
            {
                return entry;
            }
        }

        return null;
    }
}
