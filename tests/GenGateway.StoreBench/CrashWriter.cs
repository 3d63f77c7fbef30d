using GenGateway.Storage;
using GenGateway.Storage.Embedded;

namespace GenGateway.StoreBench;

/// <summary>
/// <c>crash-writer &lt;dir&gt;</c>: writes small batches forever and prints each acknowledged id on its own line, so the
/// durability test can kill the process with SIGKILL at any moment and check every printed id is on disk.
/// </summary>
internal static class CrashWriter
{
    public static async Task<int> RunAsync(string directory)
    {
        using var store = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = directory });
        await store.EnsureEmbedderAsync(new EmbedderIdentity("crash-writer", 8));
        var vector = Enumerable.Range(1, 8).Select(i => (float)i).ToArray();
        for (var batch = 0; ; batch++)
        {
            var points = Enumerable.Range(0, 10)
                .Select(i => new VectorPoint("t", "u", $"b{batch}-{i}", "message_sent", vector, DateTimeOffset.UnixEpoch.AddSeconds(batch), new Dictionary<string, string> { ["text"] = new string('x', 200) }))
                .ToList();
            await store.UpsertAsync(points);
            foreach (var point in points)
            {
                Console.Out.WriteLine(point.Id);
            }

            await Console.Out.FlushAsync();
        }
    }
}
