namespace GenGateway.Server.Auth;

/// <summary>Claim types of the principal <see cref="ApiKeyAuthenticationHandler"/> builds.</summary>
public static class ApiKeyClaims
{
    /// <summary>The tenant the request acts for.</summary>
    public const string Tenant = "gengateway:tenant";

    /// <summary>The name of the API key presented; absent when auth is off and nobody presented one.</summary>
    public const string KeyName = "gengateway:key";

    /// <summary>One scope the caller holds (repeated).</summary>
    public const string Scope = "scope";
}
