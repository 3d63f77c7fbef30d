using System.Text.Json.Serialization;

namespace GenGateway.Profiles.Authorship;

/// <summary>How well profiles tell their owners' held-out emails apart.</summary>
public sealed record AuthorshipResult
{
    /// <summary>Share of held-out emails whose owner ranked first.</summary>
    [JsonPropertyName("accuracy_at_1")]
    public double AccuracyAt1 { get; init; }

    /// <summary>Share of held-out emails whose owner ranked in the top five.</summary>
    [JsonPropertyName("accuracy_at_5")]
    public double AccuracyAt5 { get; init; }

    /// <summary>Accuracy@1 of a random ranking: 1 / owners.</summary>
    [JsonPropertyName("chance_at_1")]
    public double ChanceAt1 { get; init; }

    /// <summary>Accuracy@5 of a random ranking: 5 / owners.</summary>
    [JsonPropertyName("chance_at_5")]
    public double ChanceAt5 { get; init; }

    /// <summary>Profiles built (mailbox owners).</summary>
    [JsonPropertyName("owners")]
    public int Owners { get; init; }

    /// <summary>Held-out emails ranked.</summary>
    [JsonPropertyName("queries")]
    public int Queries { get; init; }

    /// <summary>Emails the profiles were built from.</summary>
    [JsonPropertyName("profile_emails")]
    public int ProfileEmails { get; init; }

    /// <summary>Owners left out for having fewer than the minimum of distinct sent emails.</summary>
    [JsonPropertyName("owners_skipped")]
    public int OwnersSkipped { get; init; }
}
