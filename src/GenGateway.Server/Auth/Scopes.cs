namespace GenGateway.Server.Auth;

/// <summary>Scope names an API key can hold.</summary>
public static class Scopes
{
    /// <summary>Generation endpoints and feedback.</summary>
    public const string Generate = "generate";

    /// <summary>User events, profiles, consent, export and erase.</summary>
    public const string Profiles = "profiles";

    /// <summary>Every scope.</summary>
    public const string All = "*";
}
