namespace GenGateway.Experiments.Tests.Support;

internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("gg-exp").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
