namespace GenGateway.Profiles.Privacy;

/// <summary>What a user agreed to. Personalization is on until the user turns it off.</summary>
public sealed record Consent
{
    /// <summary>The consent of a user who never set one.</summary>
    public static readonly Consent Default = new();

    /// <summary>Whether generation may read the user's profile and past messages.</summary>
    public bool Personalization { get; init; } = true;

    /// <summary>When the user last changed it; null when never set.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
