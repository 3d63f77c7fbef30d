namespace GenGateway.Server.Auth;

/// <summary>One API key, stored as the SHA-256 of the key so configuration never holds the secret.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>Label for logs.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Tenant every request with this key acts for.</summary>
    public string Tenant { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Scopes: <c>generate</c>, <c>profiles</c>, or <c>*</c> for all; none configured means all.</summary>
    /// <remarks>
    /// Starts empty on purpose: the configuration binder appends to a list it finds, so a default of <c>["*"]</c>
    /// would silently grant every scope to a key configured with <c>["generate"]</c>.
    /// </remarks>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The scopes in force: the configured ones, or all when none are configured.</summary>
    public IReadOnlyList<string> EffectiveScopes => Scopes.Count == 0 ? [Auth.Scopes.All] : Scopes;
}
