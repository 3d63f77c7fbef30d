namespace GenGateway.Server.Auth;

/// <summary>Scope names an API key can hold; each is also the name of the authorization policy that requires it.</summary>
public static class Scopes
{
    /// <summary>Generation endpoints and feedback.</summary>
    public const string Generate = "generate";

    /// <summary>User events, profiles, consent, export and erase.</summary>
    public const string Profiles = "profiles";

    /// <summary>Every scope.</summary>
    public const string All = "*";

    /// <summary>The scopes endpoints can require (every one but <see cref="All"/>).</summary>
    public static IReadOnlyList<string> Required { get; } = [Generate, Profiles];

    /// <summary>Every name a key may be configured with.</summary>
    public static IReadOnlyList<string> Known { get; } = [Generate, Profiles, All];

    /// <summary>The configured names in their canonical spelling (configuration is matched case-insensitively).</summary>
    public static IReadOnlySet<string> Canonical(IEnumerable<string> configured) =>
        configured.Select(name => Known.FirstOrDefault(known => known.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)) ?? name)
            .ToHashSet(StringComparer.Ordinal);
}
