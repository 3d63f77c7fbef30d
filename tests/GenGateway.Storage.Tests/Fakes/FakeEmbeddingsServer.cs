using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenGateway.Storage.Tests.Fakes;

/// <summary>A loopback OpenAI-compatible <c>/v1/embeddings</c> endpoint answering vectors derived from each input's length.</summary>
public sealed class FakeEmbeddingsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeEmbeddingsServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Dimension { get; set; } = 4;

    /// <summary>When set, every request gets this status and body.</summary>
    public (int Status, string Body)? Failure { get; set; }

    /// <summary>Answers taken, one per request, before <see cref="Failure"/> or success applies.</summary>
    public ConcurrentQueue<(int Status, string Body)> NextFailures { get; } = new();

    public ConcurrentQueue<(string Body, string? Authorization)> Requests { get; } = new();

    public static async Task<FakeEmbeddingsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeEmbeddingsServer(app);
        app.MapPost("/v1/embeddings", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue((body, context.Request.Headers.Authorization.FirstOrDefault()));
        if (NextFailures.TryDequeue(out var next) || Failure is { } failure && (next = failure) == failure)
        {
            context.Response.StatusCode = next.Status;
            await context.Response.WriteAsync(next.Body, context.RequestAborted);
            return;
        }

        var inputs = JsonNode.Parse(body)!["input"]!.AsArray().Select(x => x!.GetValue<string>()).ToList();

        // Answer in reverse order: clients must place items by their index, not their position.
        var data = new JsonArray();
        for (var i = inputs.Count - 1; i >= 0; i--)
        {
            var vector = new JsonArray(Enumerable.Range(0, Dimension).Select(d => (JsonNode)(float)(inputs[i].Length + d)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = vector });
        }

        var response = new JsonObject { ["object"] = "list", ["data"] = data, ["model"] = "fake-embed", ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 } };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted);
    }
}
