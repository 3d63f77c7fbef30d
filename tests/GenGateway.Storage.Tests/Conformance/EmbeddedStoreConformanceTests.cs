using GenGateway.Storage.Embedded;

namespace GenGateway.Storage.Tests.Conformance;

/// <summary>The conformance suite against the embedded store in a temporary directory.</summary>
public sealed class EmbeddedStoreConformanceTests : VectorStoreConformanceTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gg-store-" + Guid.NewGuid().ToString("N"));

    protected override Task<IVectorStore> CreateStoreAsync() =>
        Task.FromResult<IVectorStore>(new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = _directory, CompactionMinGarbageBytes = 0 }));

    protected override Task<IVectorStore> ReopenStoreAsync()
    {
        ((IDisposable)Store).Dispose();
        return CreateStoreAsync();
    }

    protected override Task CleanupAsync()
    {
        ((IDisposable)Store).Dispose();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
