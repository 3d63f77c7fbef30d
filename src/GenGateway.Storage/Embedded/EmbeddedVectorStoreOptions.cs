namespace GenGateway.Storage.Embedded;

/// <summary>Settings of the embedded store.</summary>
public sealed class EmbeddedVectorStoreOptions
{
    /// <summary>Directory holding <c>points.log</c>, <c>meta.json</c> and <c>store.lock</c> (<c>&lt;DataDirectory&gt;/vectors</c>).</summary>
    public string Directory { get; set; } = Path.Combine("data", "vectors");

    /// <summary>
    /// The log is compacted after a delete once deleted records take at least this many bytes and more than the live
    /// records do. Default 64 MiB.
    /// </summary>
    public long CompactionMinGarbageBytes { get; set; } = 64L * 1024 * 1024;
}
