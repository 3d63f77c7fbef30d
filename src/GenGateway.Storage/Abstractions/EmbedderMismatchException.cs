namespace GenGateway.Storage;

/// <summary>
/// Thrown when a store already holds vectors from a different embedder than the configured one:
/// mixing them would make similarity scores meaningless.
/// </summary>
public sealed class EmbedderMismatchException : Exception
{
    /// <summary>Creates the exception naming both identities and how to start over.</summary>
    /// <param name="stored">Embedder recorded with the stored data.</param>
    /// <param name="configured">Embedder the gateway is configured with.</param>
    /// <param name="location">Where the data lives (directory or collection), to tell the operator what to remove.</param>
    public EmbedderMismatchException(EmbedderIdentity stored, EmbedderIdentity configured, string location)
        : base(
            $"The vector store at {location} holds vectors from embedder {stored}, but the gateway is configured with " +
            $"{configured}. Vectors from different embedders cannot be compared. Either configure {stored.Name} again, " +
            $"or start over: stop the gateway, remove {location} (this erases stored user events), and re-ingest the events.")
    {
        Stored = stored;
        Configured = configured;
        Location = location;
    }

    /// <summary>Embedder recorded with the stored data.</summary>
    public EmbedderIdentity Stored { get; }

    /// <summary>Embedder the gateway is configured with.</summary>
    public EmbedderIdentity Configured { get; }

    /// <summary>Directory or collection holding the data.</summary>
    public string Location { get; }
}
