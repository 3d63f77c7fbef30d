using GenGateway.Core.Validation;

namespace GenGateway.Profiles.Ingestion;

/// <summary>What happened to a batch of events.</summary>
public sealed record IngestResult
{
    /// <summary>New events now stored (durably) and folded into the profile.</summary>
    public int Accepted { get; init; }

    /// <summary>Events whose id was already stored, or repeated within the batch: nothing changed for them.</summary>
    public int Duplicates { get; init; }

    /// <summary>Events that failed validation; see <see cref="Errors"/>.</summary>
    public int Rejected { get; init; }

    /// <summary>Why each rejected event was rejected, by JSON path (<c>events[3].text</c>).</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>The profile version after the batch.</summary>
    public long ProfileVersion { get; init; }
}
