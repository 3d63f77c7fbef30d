namespace GenGateway.Server.Auth;

/// <summary>Who is calling: resolved from the API key (or the default tenant when auth is off).</summary>
public sealed record Caller(string Tenant, string KeyName, IReadOnlySet<string> Scopes)
{
    /// <summary>The caller when no keys are configured.</summary>
    public static readonly Caller Anonymous = new("default", "anonymous", new HashSet<string> { Auth.Scopes.All });
}
