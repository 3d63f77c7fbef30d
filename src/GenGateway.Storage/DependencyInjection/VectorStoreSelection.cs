namespace GenGateway.Storage.DependencyInjection;

/// <summary>Which backend serves <see cref="IVectorStore"/>: <c>embedded</c> or <c>qdrant</c>.</summary>
public sealed class VectorStoreSelection
{
    /// <summary><c>embedded</c> (default) or <c>qdrant</c>.</summary>
    public string Backend { get; set; } = "embedded";
}
