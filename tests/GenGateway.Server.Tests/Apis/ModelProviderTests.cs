using System.Net;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis;

public sealed class ModelProviderTests : IDisposable
{
    private readonly FakeOpenAIServer _primary = FakeOpenAIServer.Start();
    private readonly FakeOpenAIServer _secondary = FakeOpenAIServer.Start();

    public void Dispose()
    {
        _primary.Dispose();
        _secondary.Dispose();
    }

    [Fact]
    public async Task Returns_the_models_candidates()
    {
        _primary.Enqueue(FakeReply.Candidates("Winter coats, 20% off", "Your coat deal is here", "20% off coats ends Sunday"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/subject-lines", Requests.Json(Requests.SubjectLines));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Requests.ReadJson(response);
        Assert.Equal("model", json.GetProperty("source").GetString());
        Assert.Equal("primary-model", json.GetProperty("model").GetString());
        Assert.Equal(["Winter coats, 20% off", "Your coat deal is here", "20% off coats ends Sunday"], Requests.Texts(json));
        var sent = Assert.Single(_primary.Bodies);
        Assert.Contains("\"model\":\"primary-model\"", sent, StringComparison.Ordinal);
        Assert.Contains("Offer: 20% off", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_style_key_alone_turns_the_openai_provider_on()
    {
        _primary.Enqueue(FakeReply.Candidates("Complete purchase", "Pay now", "Place order"));
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?>
        {
            ["OPENAI_API_KEY"] = "sk-test",
            ["OPENAI_BASE_URL"] = _primary.BaseUrl,
            ["GENGATEWAY_MODEL"] = "my-model",
        });
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        Assert.Equal("my-model", json.GetProperty("model").GetString());
        Assert.Equal(["Complete purchase", "Pay now", "Place order"], Requests.Texts(json));
    }

    [Fact]
    public async Task Parses_answers_wrapped_in_fences_and_prose()
    {
        _primary.Enqueue(FakeReply.Content("Sure! Here you go:\n```json\n[\"Pay now\", \"Place order\", \"Finish checkout\"]\n```"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        Assert.Equal(["Pay now", "Place order", "Finish checkout"], Requests.Texts(json));
    }

    [Fact]
    public async Task Retries_after_429_honouring_retry_after()
    {
        _primary.Enqueue(FakeReply.Error(429, retryAfter: "1"), FakeReply.Candidates("Pay now", "Place order", "Finish checkout"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary));
        using var client = factory.CreateClient();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        Assert.Equal("model", json.GetProperty("source").GetString());
        Assert.Equal(2, _primary.Requests);
        // The back-off alone would be ~10 ms; a second apart means Retry-After was honoured.
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(0.9), started.Elapsed.ToString());
    }

    [Fact]
    public async Task Retries_server_errors_then_succeeds()
    {
        _primary.Enqueue(FakeReply.Error(500), FakeReply.Error(503), FakeReply.Candidates("Pay now", "Place order", "Finish checkout"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        Assert.Equal("model", json.GetProperty("source").GetString());
        Assert.Equal(3, _primary.Requests);
    }

    [Fact]
    public async Task Garbage_output_fails_over_to_the_next_provider()
    {
        _primary.Default = FakeReply.Content("I'm sorry, I cannot help with that.");
        _secondary.Enqueue(FakeReply.Candidates("Pay now", "Place order", "Finish checkout"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(
            GatewayFactory.Provider("primary", _primary), GatewayFactory.Provider("secondary", _secondary),
            new Dictionary<string, string?> { ["GenGateway:ProviderOrder:0"] = "primary", ["GenGateway:ProviderOrder:1"] = "secondary" }));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        Assert.Equal("secondary-model", json.GetProperty("model").GetString());
        Assert.Equal(["Pay now", "Place order", "Finish checkout"], Requests.Texts(json));
    }

    [Fact]
    public async Task Invalid_json_body_from_provider_is_a_provider_failure_not_a_crash()
    {
        _primary.Default = FakeReply.Garbage();
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary, maxRetries: 0));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("rules", (await Requests.ReadJson(response)).GetProperty("source").GetString());
    }

    [Fact]
    public async Task Timeout_falls_back_to_rules()
    {
        _primary.Default = FakeReply.Candidates("late") with { Delay = TimeSpan.FromSeconds(10) };
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary, timeoutSeconds: 0.3, maxRetries: 0));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/smart-replies", Requests.Json(Requests.SmartReplies)));

        Assert.Equal("rules", json.GetProperty("source").GetString());
        Assert.Equal(3, Requests.Texts(json).Length);
    }

    [Fact]
    public async Task A_caller_that_hangs_up_cancels_the_model_call_without_retrying_it()
    {
        // The provider would wait 60 s and time out after 30; only the caller's hang-up can end the call within the test.
        _primary.Default = FakeReply.Candidates("late") with { Delay = TimeSpan.FromSeconds(60) };
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary, timeoutSeconds: 30, maxRetries: 2));
        using var client = factory.CreateClient();
        using var hangUp = new CancellationTokenSource();

        var call = client.PostAsync("/v1/smart-replies", Requests.Json(Requests.SmartReplies), hangUp.Token);
        await WaitUntil(() => _primary.Requests == 1);
        await hangUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await WaitUntil(() => _primary.Aborted == 1);
        Assert.Equal(1, _primary.Aborted);
        Assert.Equal(1, _primary.Requests);
    }

    // Polls for at most 10 s: long enough for a loaded machine, far below the provider's 30 s timeout.
    private static async Task WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Timeout_with_fallback_off_is_504_problem()
    {
        _primary.Default = FakeReply.Candidates("late") with { Delay = TimeSpan.FromSeconds(10) };
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(
            GatewayFactory.Provider("primary", _primary, timeoutSeconds: 0.3, maxRetries: 0),
            new Dictionary<string, string?> { ["GenGateway:RulesFallback"] = "false" }));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("urn:gengateway:problem:provider-timeout", (await Requests.ReadJson(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Every_provider_failing_with_fallback_off_is_502_problem_without_stack_trace()
    {
        _primary.Default = FakeReply.Error(500);
        _secondary.Default = FakeReply.Error(401);
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(
            GatewayFactory.Provider("primary", _primary, maxRetries: 1), GatewayFactory.Provider("secondary", _secondary),
            new Dictionary<string, string?> { ["GenGateway:RulesFallback"] = "false" }));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("urn:gengateway:problem:provider-failed", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Equal(2, _primary.Requests);
        Assert.Equal(1, _secondary.Requests);
    }

    [Fact]
    public async Task Short_answer_is_topped_up_and_duplicates_dropped()
    {
        _primary.Enqueue(FakeReply.Candidates("Pay now", "pay now!", "Pay now"), FakeReply.Candidates("Place order", "Finish checkout"));
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        Assert.Equal(["Pay now", "Place order", "Finish checkout"], Requests.Texts(json));
        Assert.Equal(2, _primary.Requests);
    }

    [Fact]
    public async Task Still_short_after_top_up_is_filled_from_rules_never_padded()
    {
        _primary.Default = FakeReply.Candidates("Pay now");
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        var candidates = json.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(3, candidates.Count);
        Assert.Equal("model", candidates[0].GetProperty("source").GetString());
        Assert.All(candidates.Skip(1), c => Assert.Equal("rules", c.GetProperty("source").GetString()));
        Assert.All(candidates, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task A_failed_top_up_keeps_the_candidates_of_the_first_call()
    {
        _primary.Enqueue(FakeReply.Candidates("Pay now"));
        _primary.Default = FakeReply.Error(500);
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary, maxRetries: 0));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        var candidates = json.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal("Pay now", candidates[0].GetProperty("text").GetString());
        Assert.Equal("model", candidates[0].GetProperty("source").GetString());
        Assert.Equal(3, candidates.Count);
        Assert.Equal("primary-model", json.GetProperty("model").GetString());
        Assert.Equal(2, _primary.Requests);
    }

    [Fact]
    public async Task Execution_settings_keyed_by_the_providers_name_win_over_default()
    {
        var prompts = Directory.CreateTempSubdirectory("gg-prompts-");
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "prompts"), "*.yaml"))
            {
                File.Copy(file, Path.Combine(prompts.FullName, Path.GetFileName(file)));
            }

            var uiCopy = Path.Combine(prompts.FullName, "ui-copy.yaml");
            File.WriteAllText(uiCopy, File.ReadAllText(uiCopy).Replace("execution_settings:\n", "execution_settings:\n  primary:\n    temperature: 0.05\n", StringComparison.Ordinal));
            _primary.Enqueue(FakeReply.Candidates("Pay now", "Place order", "Finish checkout"));
            var settings = new Dictionary<string, string?>(GatewayFactory.Provider("primary", _primary))
            {
                ["GenGateway:PromptsDirectory"] = prompts.FullName,
            };
            await using var factory = GatewayFactory.Create(settings);
            using var client = factory.CreateClient();

            await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy));

            var sent = Assert.Single(_primary.Bodies);
            Assert.Contains("\"temperature\":0.05", sent, StringComparison.Ordinal);
        }
        finally
        {
            prompts.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Smart_replies_with_one_intent_twice_keep_only_one()
    {
        _primary.Enqueue(FakeReply.Candidates("Sure, Thursday works for me!", "Sure, Thursday works for me.", "Sorry, I can't make Thursday.", "Let me check my calendar."));
        await using var factory = GatewayFactory.Create(GatewayFactory.Provider("primary", _primary));
        using var client = factory.CreateClient();

        var json = await Requests.ReadJson(await client.PostAsync("/v1/smart-replies", Requests.Json(Requests.SmartReplies)));

        // Offered in relevance order, so compare as a set.
        Assert.Equal(["Let me check my calendar.", "Sorry, I can't make Thursday.", "Sure, Thursday works for me!"], Requests.Texts(json).Order(StringComparer.Ordinal));
    }
}
