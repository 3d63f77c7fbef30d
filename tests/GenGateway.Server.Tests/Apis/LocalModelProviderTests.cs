using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using GenGateway.Core.Chat;
using GenGateway.LlamaCpp.Chat;
using GenGateway.LlamaCpp.Inference;
using GenGateway.Server.Tests.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Server.Tests.Apis;

public sealed class LocalModelProviderTests : IAsyncLifetime
{
    private readonly FakeOpenAIServer _hosted = FakeOpenAIServer.Start();
    private string _model = null!;

    public async Task InitializeAsync()
    {
        _model = await TinyLocalModel.GetPathAsync();
    }

    public Task DisposeAsync()
    {
        _hosted.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Tiny_local_model_answers_subject_lines_the_same_way_every_time()
    {
        JsonElement first = await PostSubjectLinesAsync(TinyLocalModel.Settings(_model));
        JsonElement second = await PostSubjectLinesAsync(TinyLocalModel.Settings(_model));

        Assert.Equal("model", first.GetProperty("source").GetString());
        Assert.Equal("tiny-chat", first.GetProperty("model").GetString());
        string[] texts = Requests.Texts(first);
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.InRange(t.Length, 1, 60));
        Assert.Equal(texts, Requests.Texts(second));
    }

    [Fact]
    public async Task Local_model_takes_over_when_the_hosted_provider_fails()
    {
        _hosted.Enqueue(FakeReply.Error(500));

        // The hosted provider must fail by its scripted 500 and nothing else. With the fakes' usual 5 s per-attempt
        // timeout, a loaded machine sometimes hung up on the cold fake before its 500 came back (the request arrived,
        // was aborted and never answered), so the test passed through a timeout instead, or failed on the body count.
        var settings = GatewayFactory.Merge(
            GatewayFactory.Provider("hosted", _hosted, timeoutSeconds: 120, maxRetries: 0),
            TinyLocalModel.Settings(_model),
            new Dictionary<string, string?> { ["GenGateway:ProviderOrder:0"] = "hosted", ["GenGateway:ProviderOrder:1"] = "local" });

        JsonElement json = await PostSubjectLinesAsync(settings);

        Assert.Single(_hosted.Bodies);
        Assert.Equal(0, _hosted.Aborted);
        Assert.Equal("model", json.GetProperty("source").GetString());
        Assert.Equal("tiny-chat", json.GetProperty("model").GetString());
        Assert.NotEmpty(Requests.Texts(json));
    }

    [Fact]
    public async Task Local_model_first_leaves_the_hosted_provider_unused()
    {
        var settings = GatewayFactory.Merge(
            GatewayFactory.Provider("hosted", _hosted),
            TinyLocalModel.Settings(_model),
            new Dictionary<string, string?> { ["GenGateway:ProviderOrder:0"] = "local", ["GenGateway:ProviderOrder:1"] = "hosted" });

        JsonElement json = await PostSubjectLinesAsync(settings);

        Assert.Equal("tiny-chat", json.GetProperty("model").GetString());
        Assert.Empty(_hosted.Bodies);
    }

    [Fact]
    public async Task Concurrent_requests_queue_for_the_one_context_and_all_get_the_same_answer()
    {
        var settings = GatewayFactory.Merge(TinyLocalModel.Settings(_model), new Dictionary<string, string?> { ["GenGateway:Cache:Enabled"] = "false" });
        await using var factory = GatewayFactory.Create(settings);
        using var client = factory.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            using var response = await client.PostAsync("/v1/subject-lines", Requests.Json(Requests.SubjectLines));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await Requests.ReadJson(response);
        }));

        Assert.All(responses, r => Assert.Equal("model", r.GetProperty("source").GetString()));
        Assert.Single(responses.Select(r => string.Join('|', Requests.Texts(r))).Distinct());
        var pool = factory.Services.GetRequiredService<ModelRouter>().For("subject-lines")[0].Client.GetService<LlamaChatClient>()!.Pool;
        Assert.Equal(1, pool.ContextCount);
        Assert.Equal(0, pool.InUse);
    }

    [Fact]
    public async Task Missing_local_model_stops_startup_naming_the_provider_and_file()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid().ToString("N") + ".gguf");
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?> { ["GENGATEWAY_LOCAL_MODEL"] = missing });

        var ex = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("GenGateway:Providers:local (llamacpp) cannot start", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"Model file not found: '{missing}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_that_hangs_up_stops_the_local_generation_within_a_few_tokens()
    {
        string slow = await TinyLocalModel.GetSlowPathAsync();
        var settings = GatewayFactory.Merge(TinyLocalModel.Settings(slow), new Dictionary<string, string?> { ["GenGateway:Cache:Enabled"] = "false" });
        await using var factory = GatewayFactory.Create(settings);
        using var client = factory.CreateClient();
        var pool = factory.Services.GetRequiredService<ModelRouter>().For("subject-lines")[0].Client.GetService<LlamaChatClient>()!.Pool;
        int tokens = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LlamaMetrics.MeterName && instrument.Name == LlamaMetrics.OutputTokensName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref tokens, (int)value));
        listener.Start();
        using var hangUp = new CancellationTokenSource();

        var call = client.PostAsync("/v1/subject-lines", Requests.Json(Requests.SubjectLines), hangUp.Token);
        await WaitUntil(() => Volatile.Read(ref tokens) >= 3);
        await hangUp.CancelAsync();
        int atHangUp = Volatile.Read(ref tokens);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await WaitUntil(() => pool.InUse == 0);
        Assert.Equal(0, pool.InUse);
        Assert.InRange(atHangUp, 3, 100); // still early in an answer of up to 400 tokens
        Assert.InRange(Volatile.Read(ref tokens) - atHangUp, 0, 3);
    }

    // Polls for at most 30 s: generous for a loaded machine; a generation that ignored the hang-up would still be running.
    private static async Task WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task File_that_is_not_gguf_stops_startup_naming_the_provider()
    {
        string notGguf = Path.Combine(Directory.CreateTempSubdirectory("gengateway-bad-model").FullName, "model.gguf");
        await File.WriteAllTextAsync(notGguf, "this is not a model");
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?> { ["GENGATEWAY_LOCAL_MODEL"] = notGguf });

        var ex = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("GenGateway:Providers:local (llamacpp) cannot start", ex.Message, StringComparison.Ordinal);
        Assert.Contains("is not a GGUF model file", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PostSubjectLinesAsync(IDictionary<string, string?> settings)
    {
        await using var factory = GatewayFactory.Create(settings);
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/v1/subject-lines", Requests.Json(Requests.SubjectLines));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Requests.ReadJson(response);
    }
}
