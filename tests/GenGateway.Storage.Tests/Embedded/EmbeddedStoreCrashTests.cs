using System.Diagnostics;
using GenGateway.Storage.Embedded;

namespace GenGateway.Storage.Tests.Embedded;

/// <summary>Other processes: SIGKILL in the middle of writing, and the OS lock seen from outside.</summary>
public sealed class EmbeddedStoreCrashTests : IDisposable
{
    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Keeps_every_acknowledged_point_when_the_writer_is_killed()
    {
        var acknowledged = new List<string>();
        using (var writer = StartCrashWriter())
        {
            while (acknowledged.Count < 300)
            {
                var line = await writer.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))
                    ?? throw new InvalidOperationException("crash-writer ended early: " + await writer.StandardError.ReadToEndAsync());
                acknowledged.Add(line);
            }

            writer.Kill(); // SIGKILL on Unix: no finally blocks, no flushes, no dispose.
            await writer.WaitForExitAsync();
        }

        using var store = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = _directory.Path });
        var existing = await store.GetExistingIdsAsync("t", "u", acknowledged);
        Assert.Equal(acknowledged.Count, existing.Count);
    }

    [Fact]
    public async Task Holds_an_os_lock_other_processes_see()
    {
        using (new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = _directory.Path }))
        {
            Assert.Equal(1, await FlockAsync());
        }

        Assert.Equal(0, await FlockAsync());
    }

    private async Task<int> FlockAsync()
    {
        using var flock = Process.Start(new ProcessStartInfo("flock", ["--nonblock", "--exclusive", Path.Combine(_directory.Path, "store.lock"), "true"]))!;
        await flock.WaitForExitAsync();
        return flock.ExitCode;
    }

    private Process StartCrashWriter()
    {
        var testsOutput = AppContext.BaseDirectory;
        var writerDll = Path.GetFullPath(testsOutput.Replace("GenGateway.Storage.Tests", "GenGateway.StoreBench", StringComparison.Ordinal) + "GenGateway.StoreBench.dll");
        if (!File.Exists(writerDll))
        {
            throw new FileNotFoundException($"The crash writer {writerDll} was not built.", writerDll);
        }

        var start = new ProcessStartInfo("dotnet", [writerDll, "crash-writer", _directory.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }
}
