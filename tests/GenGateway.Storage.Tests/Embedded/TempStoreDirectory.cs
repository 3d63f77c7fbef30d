namespace GenGateway.Storage.Tests.Embedded;

/// <summary>A temporary directory deleted at the end of a test.</summary>
public sealed class TempStoreDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gg-durability-" + Guid.NewGuid().ToString("N"));

    public string LogPath => System.IO.Path.Combine(Path, "points.log");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
