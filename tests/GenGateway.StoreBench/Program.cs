using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GenGateway.Storage;
using GenGateway.Storage.Embedded;
using GenGateway.StoreBench;

// Measures the embedded store at scale: ingest throughput (batches, one fsync each), tenant+user filtered top-10
// latency, managed memory, the time to reopen (replay the log), and the cost of erasing a user (key destroyed)
// against rewriting the log. Run in Release:
//   dotnet run -c Release --project tests/GenGateway.StoreBench -- --points 1000000 --users 10000 --queries 2000
// and the replay of a kept store alone:  ... -- reopen <dir>
if (args is ["crash-writer", var crashDirectory])
{
    return await CrashWriter.RunAsync(crashDirectory);
}

// Times only the replay of a store kept by an earlier run (--keep --dir D): what a restart costs.
if (args is ["reopen", var reopenDirectory])
{
    var replay = Stopwatch.StartNew();
    using var replayed = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = reopenDirectory });
    replay.Stop();
    Log($"reopen {reopenDirectory}: {replay.Elapsed.TotalSeconds:N2} s, log {replayed.LogBytes / 1024.0 / 1024 / 1024:N2} GiB, managed heap {GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024 / 1024:N2} GiB, "
        + $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pause {GC.GetTotalPauseDuration().TotalSeconds:N2} s");
    return 0;
}

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var directory = settings.Directory ?? Path.Combine(Path.GetTempPath(), "gg-storebench-" + Guid.NewGuid().ToString("N"));
var identity = new EmbedderIdentity("bench-random", settings.Dimension);
var random = new Random(42);
const string Tenant = "bench";
var kinds = new[] { "message_sent", "message_received", "email_opened", "email_clicked" };
var filler = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", (settings.TextLength / 27) + 1))[..settings.TextLength];

Log($"store bench: {settings.Points:N0} points, {settings.Users:N0} users, dimension {settings.Dimension}, batches of {settings.BatchSize}, dir {directory}");
var store = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = directory });
await store.EnsureEmbedderAsync(identity);

var ingest = Stopwatch.StartNew();
var batch = new List<VectorPoint>(settings.BatchSize);
for (var i = 0; i < settings.Points; i++)
{
    var user = i % settings.Users;
    batch.Add(new VectorPoint(
        Tenant, $"user-{user}", $"evt-{i}", kinds[i % kinds.Length], RandomUnitVector(random, settings.Dimension),
        DateTimeOffset.UnixEpoch.AddSeconds(i),
        new Dictionary<string, string> { ["text"] = filler, ["subject"] = $"subject {i}" }));
    if (batch.Count == settings.BatchSize || i == settings.Points - 1)
    {
        await store.UpsertAsync(batch);
        batch = new List<VectorPoint>(settings.BatchSize);
    }

    if ((i + 1) % 100_000 == 0)
    {
        Log($"  ingested {i + 1:N0} ({(i + 1) / ingest.Elapsed.TotalSeconds:N0} events/s)");
    }
}

ingest.Stop();
var eventsPerSecond = settings.Points / ingest.Elapsed.TotalSeconds;
Log($"ingest: {eventsPerSecond:N0} events/s ({ingest.Elapsed.TotalSeconds:N1} s, fsync per batch of {settings.BatchSize})");

var latencies = await MeasureQueriesAsync(store);
var p50 = Percentile(latencies, 0.50);
var p99 = Percentile(latencies, 0.99);
Log($"tenant+user top-10: p50 {p50:N3} ms, p99 {p99:N3} ms over {settings.Queries:N0} queries");

var managed = GC.GetTotalMemory(forceFullCollection: true);
var workingSet = Environment.WorkingSet;
var logBytes = store.LogBytes;
Log($"memory: managed heap {managed / 1024.0 / 1024 / 1024:N2} GiB, working set {workingSet / 1024.0 / 1024 / 1024:N2} GiB; log {logBytes / 1024.0 / 1024 / 1024:N2} GiB on disk");

store.Dispose();
store = null;
Log($"managed heap with the store closed: {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024 / 1024:N2} GiB");
const int ErasedUsers = 20;
double eraseP50 = 0;
double rewriteSeconds = 0;
var reopen = Stopwatch.StartNew();
using (var reopened = new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = directory }))
{
    reopen.Stop();
    var count = await reopened.CountAsync(new VectorFilter(Tenant));
    if (count != settings.Points)
    {
        Console.Error.WriteLine($"reopened store holds {count} points, expected {settings.Points}");
        return 1;
    }

    var reopenedHeap = GC.GetTotalMemory(forceFullCollection: true);
    Log($"reopen: {reopen.Elapsed.TotalSeconds:N1} s ({count:N0} points replayed); managed heap after reopen {reopenedHeap / 1024.0 / 1024 / 1024:N2} GiB");
    var warm = await MeasureQueriesAsync(reopened);
    Log($"after reopen top-10: p50 {Percentile(warm, 0.50):N3} ms, p99 {Percentile(warm, 0.99):N3} ms");

    // Erasing a user destroys their key (the key ring is rewritten and fsync'd); the alternative, rewriting what holds
    // their records at once, costs a log rewrite per erase: timed here as one compaction after the erases.
    var eraseTimes = new double[Math.Min(ErasedUsers, settings.Users - 1)];
    for (var u = 0; u < eraseTimes.Length; u++)
    {
        var started = Stopwatch.GetTimestamp();
        await reopened.DeleteAsync(new VectorFilter(Tenant, $"user-{settings.Users - 1 - u}"));
        eraseTimes[u] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    var rewrite = Stopwatch.StartNew();
    await reopened.CompactAsync();
    rewrite.Stop();
    eraseP50 = Percentile(eraseTimes, 0.50);
    rewriteSeconds = rewrite.Elapsed.TotalSeconds;
    Log($"erase (key destroyed, key ring {reopened.KeyRingBytes / 1024.0:N0} KiB rewritten): p50 {eraseP50:N2} ms, max {eraseTimes.Max():N2} ms over {eraseTimes.Length} users; "
        + $"rewriting the log instead (one compaction): {rewriteSeconds:N1} s = {rewriteSeconds * 1000 / eraseP50:N0}x one erase");
}

if (settings.Json)
{
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        points = settings.Points, users = settings.Users, queries = settings.Queries, dimension = settings.Dimension, batch = settings.BatchSize,
        ingest_events_per_second = Math.Round(eventsPerSecond), query_p50_ms = p50, query_p99_ms = p99,
        managed_heap_bytes = managed, working_set_bytes = workingSet, log_bytes = logBytes, reopen_seconds = reopen.Elapsed.TotalSeconds,
        erase_p50_ms = eraseP50, log_rewrite_seconds = rewriteSeconds,
    }));
}

if (!settings.Keep && settings.Directory is null)
{
    Directory.Delete(directory, recursive: true);
}

return 0;

async Task<double[]> MeasureQueriesAsync(EmbeddedVectorStore target)
{
    var queryRandom = new Random(7);
    var result = new double[settings.Queries];
    for (var q = 0; q < settings.Queries; q++)
    {
        var query = RandomUnitVector(queryRandom, settings.Dimension);
        var filter = new VectorFilter(Tenant, $"user-{queryRandom.Next(settings.Users)}");
        var started = Stopwatch.GetTimestamp();
        var matches = await target.SearchAsync(query, filter, 10);
        result[q] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (matches.Count == 0)
        {
            throw new InvalidOperationException($"No matches for {filter.UserId}.");
        }
    }

    return result;
}

static float[] RandomUnitVector(Random random, int dimension)
{
    var vector = new float[dimension];
    var norm = 0.0;
    for (var d = 0; d < dimension; d++)
    {
        vector[d] = (float)((random.NextDouble() * 2) - 1);
        norm += vector[d] * vector[d];
    }

    var scale = (float)(1 / Math.Sqrt(norm));
    for (var d = 0; d < dimension; d++)
    {
        vector[d] *= scale;
    }

    return vector;
}

static double Percentile(double[] values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

static void Log(string line) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.UtcNow:HH:mm:ss}] {line}"));
