using GenGateway.Core.Feedback;
using GenGateway.Profiles.Building;

namespace GenGateway.Profiles.Privacy;

/// <summary>Everything the gateway holds about a user: <c>GET /v1/users/{userId}/export</c>.</summary>
public sealed record UserExport
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>When the export was taken.</summary>
    public DateTimeOffset ExportedAt { get; init; }

    /// <summary>The user's consent.</summary>
    public required Consent Consent { get; init; }

    /// <summary>The profile derived from the events.</summary>
    public required UserProfile Profile { get; init; }

    /// <summary>Every stored event, oldest first.</summary>
    public required IReadOnlyList<ExportedEvent> Events { get; init; }

    /// <summary>Every feedback record (outcome, redacted texts, task, prompt version and model: the experiment exposures).</summary>
    public required IReadOnlyList<FeedbackRecord> Feedback { get; init; }

    /// <summary>Records other stores keep about the user, by store name (<c>experiments</c>: exposures and outcomes).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<object>> Records { get; init; }
}
