using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace GenGateway.TestSupport.Http;

/// <summary>
/// A WireMock.Net server on 127.0.0.1 (a free port) that also counts requests when they arrive and the ones whose
/// caller hung up. WireMock logs a request only after its reply (and any scripted delay) is done, which is too late
/// for tests about slow or abandoned calls, so a small middleware in front of WireMock's own does the counting.
/// </summary>
public sealed class FakeHttpServer : IDisposable
{
    private int _arrived;
    private int _aborted;

    private FakeHttpServer()
    {
        WireMock = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = false,
            Logger = new WireMockNullLogger(),
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(CountAsync),
        });
    }

    /// <summary>The underlying server, for mappings a fake adds itself.</summary>
    public WireMockServer WireMock { get; }

    /// <summary>Where it listens, without a trailing slash (<c>http://127.0.0.1:port</c>).</summary>
    public string Url => WireMock.Url!.TrimEnd('/');

    /// <summary>Requests received so far, counted on arrival (before any scripted delay).</summary>
    public int Requests => Volatile.Read(ref _arrived);

    /// <summary>Requests whose caller went away before the reply was complete.</summary>
    public int Aborted => Volatile.Read(ref _aborted);

    /// <summary>Requests answered so far, in the order they arrived.</summary>
    public IReadOnlyList<RecordedRequest> Recorded => WireMock.LogEntries
        .Select(entry => entry.RequestMessage)
        .OrderBy(request => request.DateTime)
        .Select(request => new RecordedRequest(
            request.Path,
            request.Body ?? string.Empty,
            request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null))
        .ToList();

    /// <summary>Starts a server with no mappings.</summary>
    public static FakeHttpServer Start() => new();

    /// <summary>Stops listening without waiting for replies still in a scripted delay.</summary>
    public void Dispose() => WireMock.Dispose();

    private async Task CountAsync(HttpContext context, Func<Task> next)
    {
        Interlocked.Increment(ref _arrived);

        // Fires as soon as the caller disconnects, even while WireMock is still waiting out a scripted delay.
        using var registration = context.RequestAborted.Register(() => Interlocked.Increment(ref _aborted));
        await next();
    }
}
