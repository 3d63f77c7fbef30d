using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>
/// A loopback OpenAI-compatible chat server whose answer follows the prompt it is sent, like a model would: three
/// subject lines built from the prompt's <c>Product:</c> line (or "our products" when the prompt has none). A prompt
/// edit therefore changes the output, which is what a regression suite has to notice.
/// </summary>
public sealed partial class EchoOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoOpenAIServer(WebApplication app) => _app = app;

    /// <summary>Base URL for an OpenAI-compatible provider (ends in <c>/v1</c>).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<EchoOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EchoOpenAIServer(app) { BaseUrl = address.TrimEnd('/') + "/v1" };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var prompt = string.Join("\n", body?["messages"]?.AsArray().Select(m => m?["content"]?.ToString()) ?? []);
        var match = ProductLine().Match(prompt);
        var product = match.Success && match.Groups[1].Value.Trim().Length > 0 ? match.Groups[1].Value.Trim() : "our products";
        string[] candidates = [$"{product}: new this week", $"New arrivals in {product}", $"Your {product} picks are waiting"];
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-echo",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "echo-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = JsonSerializer.Serialize(candidates) }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 40, completion_tokens = 20, total_tokens = 60 },
        }), context.RequestAborted);
    }

    [GeneratedRegex(@"Product:[ \t]*([^\n<]*)")]
    private static partial Regex ProductLine();
}
