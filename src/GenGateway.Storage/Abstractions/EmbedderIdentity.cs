namespace GenGateway.Storage;

/// <summary>Names the embedder that produced a store's vectors, e.g. <c>("hashing-v1", 384)</c>.</summary>
/// <param name="Name">Stable embedder name including its version or model.</param>
/// <param name="Dimension">Vector dimension.</param>
public sealed record EmbedderIdentity(string Name, int Dimension)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} (dimension {Dimension})";
}
