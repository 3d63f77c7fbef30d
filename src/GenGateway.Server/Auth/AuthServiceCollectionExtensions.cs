using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Auth;

/// <summary>Registers API-key authentication and one authorization policy per scope.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="ApiKeyAuthenticationHandler"/> as the default scheme, a policy named after each scope in
    /// <see cref="Scopes.Required"/> (endpoints declare it with <c>RequireAuthorization(Scopes.X)</c>), and a fallback
    /// policy that makes an endpoint declaring nothing need a key too. Keys are validated at startup.
    /// </summary>
    public static IServiceCollection AddGenGatewayAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection("GenGateway:Auth")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var scope in Scopes.Required)
        {
            authorization.AddPolicy(scope, policy => policy.RequireAuthenticatedUser().RequireClaim(ApiKeyClaims.Scope, scope, Scopes.All));
        }

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }
}
