namespace GenGateway.Storage;

/// <summary>
/// A small per-user document that is not an embedded event: the user's consent, profile state or one feedback record.
/// Keyed by (<see cref="Tenant"/>, <see cref="UserId"/>, <see cref="Kind"/>, <see cref="Key"/>); a put replaces.
/// </summary>
/// <param name="Tenant">Tenant that owns the document.</param>
/// <param name="UserId">User the document belongs to.</param>
/// <param name="Kind">What it is, e.g. <c>consent</c>; one user may have many documents of a kind, told apart by key.</param>
/// <param name="Key">Distinguishes documents of one kind; empty for a kind with one record per user.</param>
/// <param name="Json">The document, serialized by its owner.</param>
/// <param name="UpdatedAt">When it was written.</param>
public sealed record UserDocument(string Tenant, string UserId, string Kind, string Key, string Json, DateTimeOffset UpdatedAt)
{
    /// <summary>What the document belongs to across users (an experiment id), for <see cref="ISharedUserDocumentStore.FindAsync"/>; null for none.</summary>
    public string? Group { get; init; }
}
