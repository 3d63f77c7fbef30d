namespace GenGateway.Profiles.Building;

/// <summary>The readable profile returned by <c>GET /v1/users/{userId}/profile</c>; never holds vectors.</summary>
public sealed record UserProfile
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>Number of events the profile has taken in; grows with every accepted event.</summary>
    public long Version { get; init; }

    /// <summary>True when there is nothing to personalize from yet.</summary>
    public bool ColdStart { get; init; }

    /// <summary>When the profile last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The traits.</summary>
    public required ProfileTraits Traits { get; init; }

    /// <summary>How many events each trait rests on, by trait name.</summary>
    public required IReadOnlyDictionary<string, int> Evidence { get; init; }
}
