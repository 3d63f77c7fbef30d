using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

// Load harness for a running gateway. Loopback targets only; bounded in requests and time.
// Usage: dotnet run -c Release --project tests/GenGateway.LoadTest -- <url> <path> <bodyFile> [concurrency] [requests] [seconds]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: <url> <path> <bodyFile> [concurrency=8] [requests=2000] [seconds=30]");
    return 2;
}

var baseUri = new Uri(args[0]);
if (!(baseUri.IsLoopback || (IPAddress.TryParse(baseUri.Host, out var ip) && IPAddress.IsLoopback(ip))))
{
    Console.Error.WriteLine($"{baseUri}: refusing a non-loopback target");
    return 2;
}

var body = await File.ReadAllTextAsync(args[2]);
var concurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 8;
var total = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2000;
var limit = TimeSpan.FromSeconds(args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 30);

using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
using var deadline = new CancellationTokenSource(limit);
var latencies = new double[total];
var issued = -1;
var failures = 0;
var clock = Stopwatch.StartNew();

// Warm-up so JIT and connection set-up stay out of the figures.
for (var i = 0; i < Math.Min(50, total); i++)
{
    using var warm = await client.PostAsync(args[1], new StringContent(body, Encoding.UTF8, "application/json"));
}

clock.Restart();
var workers = Enumerable.Range(0, concurrency).Select(async _ =>
{
    while (!deadline.IsCancellationRequested)
    {
        var index = Interlocked.Increment(ref issued);
        if (index >= total)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsync(args[1], new StringContent(body, Encoding.UTF8, "application/json"), deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref failures);
        }

        latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
});
await Task.WhenAll(workers);
var elapsed = clock.Elapsed;

var done = Math.Min(total, issued);
var sorted = latencies.Take(done).Order().ToArray();
double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{args[1]}: {done} requests, {failures} failed, concurrency {concurrency}, {elapsed.TotalSeconds:0.00} s, {done / elapsed.TotalSeconds:0} req/s, p50 {Percentile(0.50):0.00} ms, p95 {Percentile(0.95):0.00} ms, p99 {Percentile(0.99):0.00} ms"));
return failures == 0 ? 0 : 1;
