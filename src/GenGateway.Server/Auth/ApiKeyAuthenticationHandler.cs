using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Auth;

/// <summary>
/// Authenticates the API key (<c>Authorization: Bearer</c> or <c>X-Api-Key</c>) against the configured SHA-256
/// hashes and turns it into a principal with the key's tenant and scopes. With no keys configured auth is off (the
/// server then only listens on loopback) and every request is the default tenant with every scope.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<ApiKeyOptions> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    /// <summary>The authentication scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var configured = keys.CurrentValue.Keys;
        if (configured.Count == 0)
        {
            return Task.FromResult(Success(Caller.Anonymous, presented: false));
        }

        if (PresentedKey(Request) is not { } presented)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(Find(configured, presented) is { } entry
            ? Success(new Caller(entry.Tenant, entry.Name, Scopes.Canonical(entry.EffectiveScopes)), presented: true)
            : AuthenticateResult.Fail("The API key matches no configured key."));
    }

    private AuthenticateResult Success(Caller caller, bool presented)
    {
        var claims = new List<Claim> { new(ApiKeyClaims.Tenant, caller.Tenant) };
        if (presented)
        {
            claims.Add(new Claim(ApiKeyClaims.KeyName, caller.KeyName));
        }

        claims.AddRange(caller.Scopes.Select(scope => new Claim(ApiKeyClaims.Scope, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
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
            if (CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(entry.Sha256)))
            {
                return entry;
            }
        }

        return null;
    }
}
