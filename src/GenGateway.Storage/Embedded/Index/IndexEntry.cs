namespace GenGateway.Storage.Embedded.Index;

/// <summary>What the index keeps per point besides its vector: where the full record lives in the log.</summary>
internal sealed record IndexEntry(string Id, string Kind, DateTimeOffset OccurredAt, long Offset, int Length)
{
    public long Offset { get; set; } = Offset;
}
