using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace GenGateway.Harness;

// Fault mode: sends generation requests and profile events to the gateway for a fixed time while run.sh turns the
// upstream's faults on, stops it (refused connections) and heals it. Prints one line per second of how requests were
// answered, then checks that every request got an answer (a model or rules answer, or an explicit problem+json
// refusal), that answers came from the model again once the faults cleared, and that every event the gateway
// acknowledged with 202 is in the user's export.
internal static class FaultDriver
{
    private const string UserId = "fault-user";

    public static async Task<int> RunAsync(Uri gateway, Uri upstreamControl, double seconds)
    {
        Loopback.Require(gateway);
        Loopback.Require(upstreamControl);
        var body = await File.ReadAllTextAsync("scripts/load/subject-lines.json");
        using var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        var tallies = new ConcurrentDictionary<(int Second, string Outcome), int>();
        var acknowledged = new ConcurrentBag<string>();
        var unanswered = 0;

        void Count(string outcome) => tallies.AddOrUpdate(((int)clock.Elapsed.TotalSeconds, outcome), 1, (_, n) => n + 1);

        var generators = Enumerable.Range(0, 8).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.PostAsync("/v1/subject-lines", new StringContent(body, Encoding.UTF8, "application/json"), CancellationToken.None);
                    var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    Count(Classify(response, text));
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref unanswered);
                    Count("unanswered");
                }
            }
        });

        var ingestion = Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var text = $"harness note number {n} about the winter catalogue";
                var payload = $$"""{"events":[{"id":"h{{n}}","type":"message_sent","text":"{{text}}","occurredAt":"2026-11-20T09:15:00Z"}]}""";
                try
                {
                    using var response = await client.PostAsync($"/v1/users/{UserId}/events", new StringContent(payload, Encoding.UTF8, "application/json"), CancellationToken.None);
                    var answer = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    if (response.StatusCode == HttpStatusCode.Accepted && answer.Contains("\"accepted\":1", StringComparison.Ordinal))
                    {
                        acknowledged.Add(text);
                    }

                    Count(response.StatusCode switch
                    {
                        HttpStatusCode.Accepted => "event-202",
                        HttpStatusCode.ServiceUnavailable when IsProblem(response) => "event-refusal-503",
                        _ => $"other-event-{(int)response.StatusCode}",
                    });
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref unanswered);
                    Count("unanswered");
                }

                await Task.Delay(50, CancellationToken.None);
            }
        });

        await Task.WhenAll(generators.Append(ingestion));

        var last = (int)clock.Elapsed.TotalSeconds;
        var outcomes = tallies.Keys.Select(k => k.Outcome).Distinct().Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine("second " + string.Join(' ', outcomes));
        for (var s = 0; s <= last; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s,6} {string.Join(' ', outcomes.Select(o => tallies.GetValueOrDefault((s, o)).ToString(CultureInfo.InvariantCulture).PadLeft(o.Length)))}"));
        }

        using var export = await client.GetAsync($"/v1/users/{UserId}/export");
        var exported = await export.Content.ReadAsStringAsync();
        var missing = acknowledged.Where(t => !exported.Contains(t, StringComparison.Ordinal)).ToArray();

        // Recovery: in the last five seconds of the run (faults cleared by then) answers come from the model again.
        var end = (int)seconds;
        var tail = Enumerable.Range(Math.Max(0, end - 5), 5).ToArray();
        var tailModel = tail.Sum(s => tallies.GetValueOrDefault((s, "model")));
        var tailAll = tail.Sum(s => outcomes.Where(o => !o.Contains("event", StringComparison.Ordinal)).Sum(o => tallies.GetValueOrDefault((s, o))));
        var recovered = tailAll > 0 && tailModel >= 0.95 * tailAll;

        Console.WriteLine($"unanswered: {unanswered}; events acknowledged: {acknowledged.Count}, missing from export: {missing.Length}; model share in the last 5 s: {tailModel}/{tailAll}");
        var ok = unanswered == 0 && missing.Length == 0 && recovered && !outcomes.Any(o => o.StartsWith("other", StringComparison.Ordinal));
        Console.WriteLine(ok ? "fault mode: PASS" : "fault mode: FAIL");
        return ok ? 0 : 1;
    }

    // model | rules | cache (a 200 by its source), refusal (problem+json 503/502/504), other (anything else).
    private static string Classify(HttpResponseMessage response, string text)
    {
        if (response.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("source", out var source) ? source.GetString() ?? "other" : "other";
        }

        return IsProblem(response) && (int)response.StatusCode >= 500 ? $"refusal-{(int)response.StatusCode}" : $"other-{(int)response.StatusCode}";
    }

    private static bool IsProblem(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json";
}
