using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenGateway.Server.Tests.Fakes;

/// <summary>
/// A real Kestrel server on 127.0.0.1 that speaks enough of the OpenAI chat completions API (and of Anthropic's
/// Messages API, at <c>/v1/messages</c>) to script success, rate limits, server errors, slowness and garbage.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private int _requests;
    private int _aborted;

    private FakeOpenAIServer(WebApplication app) => _app = app;

    /// <summary>Answer once the script is used up.</summary>
    public FakeReply Default { get; set; } = FakeReply.Candidates("Alpha", "Bravo", "Charlie");

    /// <summary>Requests received.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests whose caller went away while the reply was delayed.</summary>
    public int Aborted => Volatile.Read(ref _aborted);

    /// <summary>Bodies of the requests received, in order.</summary>
    public ConcurrentQueue<string> Bodies { get; } = new();

    /// <summary>Base URL to configure as an OpenAI-compatible provider's <c>BaseUrl</c> (ends in <c>/v1</c>).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Base URL to configure as an Anthropic provider's <c>BaseUrl</c> (the SDK appends <c>/v1/messages</c>).</summary>
    public string Root => BaseUrl[..^"/v1".Length];

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/v1/messages", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/') + "/v1";
        return server;
    }

    /// <summary>Queues replies for the next requests.</summary>
    public FakeOpenAIServer Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }

        return this;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using (var reader = new StreamReader(context.Request.Body))
        {
            Bodies.Enqueue(await reader.ReadToEndAsync(context.RequestAborted));
        }

        var reply = _script.TryDequeue(out var next) ? next : Default;
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _aborted);
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }
}
