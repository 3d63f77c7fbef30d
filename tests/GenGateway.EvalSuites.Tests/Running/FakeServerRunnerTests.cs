using GenGateway.EvalSuites.Loading;
using GenGateway.EvalSuites.Model;
using GenGateway.EvalSuites.Running;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Running;

public sealed class FakeServerRunnerTests
{
    private static string Suite(FakeOpenAIServer server, string tests, string extra = "") => $$"""
        prompt: subject-lines
        providers:
          - rules
          - id: openai:fake-model
            label: fake
            config: { apiBaseUrl: "{{server.BaseUrl}}", apiKey: test-key, inputCostPerMillion: 1000, outputCostPerMillion: 2000 }
        {{extra}}
        defaultTest:
          vars: { count: 2, brief: { product: winter coats, offer: 20% off } }
        tests:
        {{tests}}
        """;

    [Fact]
    public async Task Cases_run_against_an_openai_compatible_server_with_temperature_zero_and_the_seed()
    {
        using var server = FakeOpenAIServer.Start();
        server.Default = FakeReply.Candidates("Winter coats are here", "Cozy coats, 20% off");
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", Suite(server, """
              - description: mentions coats
                assert:
                  - { type: icontains, value: coats }
                  - { type: cost, threshold: 1 }
                  - { type: candidate-count, value: 2 }
            """));

        var result = await new EvalRunner(new EvalRunOptions { Seed = 7 }).RunAsync(SuiteLoader.Load(path));

        Assert.Equal(["suite/rules/mentions coats", "suite/fake/mentions coats"], result.Cases.Select(c => c.Key));
        var fake = result.Cases[1];
        Assert.True(fake.Passed, Baselines.BaselineComparer.FirstFailure(fake));
        var run = Assert.Single(fake.Runs);
        Assert.Equal("model", run.Source);
        Assert.Equal(["Winter coats are here", "Cozy coats, 20% off"], run.Candidates);
        Assert.Equal((10L, 5L, 0.02), (run.InputTokens, run.OutputTokens, run.CostUsd!.Value));
        var body = Assert.Single(server.Bodies);
        Assert.Contains("\"temperature\":0", body, StringComparison.Ordinal);
        Assert.Contains("\"seed\":7", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_response_cache_answers_an_identical_request_and_no_cache_calls_again()
    {
        using var server = FakeOpenAIServer.Start();
        server.Default = FakeReply.Candidates("Winter coats are here", "Cozy coats, 20% off");
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", Suite(server, "  - assert: [ { type: icontains, value: coats } ]"));
        var suites = SuiteLoader.Load(path);
        var cached = new EvalRunOptions { CacheDirectory = folder.File("cache") };

        var first = await new EvalRunner(cached).RunAsync(suites);
        var second = await new EvalRunner(cached).RunAsync(suites);
        var uncached = await new EvalRunner(new EvalRunOptions()).RunAsync(suites);

        Assert.Equal(2, server.Requests);
        Assert.Equal((1, 0), (first.Cases[1].Runs[0].ModelCalls, first.Cases[1].Runs[0].CacheHits));
        Assert.Equal((1, 1), (second.Cases[1].Runs[0].ModelCalls, second.Cases[1].Runs[0].CacheHits));
        Assert.Equal(first.Cases[1].Runs[0].Candidates, second.Cases[1].Runs[0].Candidates);
        Assert.Equal(0, uncached.Cases[1].Runs[0].CacheHits);
    }

    [Fact]
    public async Task Repeats_use_successive_seeds_and_the_pass_rate_threshold_decides()
    {
        using var server = FakeOpenAIServer.Start();
        server.Enqueue(
            FakeReply.Candidates("Winter coats are here", "Cozy coats, 20% off"),
            FakeReply.Candidates("Boots are here", "Warm boots, 20% off"),
            FakeReply.Candidates("Winter coats are here", "Cozy coats, 20% off"),
            FakeReply.Candidates("Boots are here", "Warm boots, 20% off"));
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", Suite(server, """
              - description: half the time
                passRate: 0.5
                assert: [ { type: icontains, value: coats } ]
            """).Replace("  - rules\n", string.Empty, StringComparison.Ordinal));

        var result = await new EvalRunner(new EvalRunOptions { Repeat = 4, Concurrency = 1 }).RunAsync(SuiteLoader.Load(path));

        var c = Assert.Single(result.Cases);
        Assert.True(c.PassRate == 0.5, string.Join(" / ", c.Runs.Select(r => string.Join(" | ", r.Candidates))) + " :: " + server.Requests);
        Assert.Equal((0.5, true), (c.RequiredPassRate, c.Passed));
        Assert.Equal(["\"seed\":42", "\"seed\":43", "\"seed\":44", "\"seed\":45"],
            server.Bodies.Select(b => b[b.IndexOf("\"seed\":", StringComparison.Ordinal)..].Split(',', '}')[0]));
    }

    [Fact]
    public async Task A_failing_provider_is_an_error_not_a_silent_rules_answer()
    {
        using var server = FakeOpenAIServer.Start();
        server.Default = FakeReply.Error(500);
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", Suite(server, "  - assert: [ { type: min-length, value: 1 } ]"));

        var result = await new EvalRunner(new EvalRunOptions()).RunAsync(SuiteLoader.Load(path));

        var fake = result.Cases[1];
        Assert.False(fake.Passed);
        Assert.True(fake.Errored);
        Assert.StartsWith("Every model provider failed", fake.Runs[0].Error, StringComparison.Ordinal);
        Assert.Contains(fake.Runs[0].Notes, n => n.Contains("failed", StringComparison.Ordinal));
        Assert.True(result.Cases[0].Passed);
    }

    [Fact]
    public async Task The_judge_is_called_through_its_own_provider()
    {
        using var server = FakeOpenAIServer.Start();
        server.Enqueue(FakeReply.Candidates("Winter coats are here", "Cozy coats, 20% off"));
        server.Default = FakeReply.Content("{\"pass\": true, \"score\": 0.9, \"reason\": \"on topic\"}");
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", Suite(server, "  - assert: [ { type: llm-rubric, value: Mentions the product } ]", $$"""
            judge:
              id: openai:judge-model
              config: { apiBaseUrl: "{{server.BaseUrl}}", apiKey: test-key }
            """).Replace("  - rules\n", string.Empty, StringComparison.Ordinal));

        var result = await new EvalRunner(new EvalRunOptions()).RunAsync(SuiteLoader.Load(path));

        var c = Assert.Single(result.Cases);
        Assert.True(c.Passed, Baselines.BaselineComparer.FirstFailure(c));
        Assert.Equal(3, server.Requests);
        Assert.Contains(server.Bodies, b => b.Contains("judge-model", StringComparison.Ordinal) && b.Contains("Mentions the product", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_inline_template_replaces_the_prompt_text_sent_to_the_model()
    {
        using var server = FakeOpenAIServer.Start();
        server.Default = FakeReply.Candidates("Winter coats are here", "Cozy coats, 20% off");
        using var folder = new TempFolder();
        var suite = Suite(server, "  - assert: [ { type: icontains, value: coats } ]")
            .Replace("prompt: subject-lines", "prompt:\n  name: subject-lines\n  template: '<message role=\"user\">TEMPLATE-MARK {{$product}}, {{$count}} as a JSON array</message>'", StringComparison.Ordinal)
            .Replace("  - rules\n", string.Empty, StringComparison.Ordinal);
        var path = folder.Write("suite.yaml", suite);

        var result = await new EvalRunner(new EvalRunOptions()).RunAsync(SuiteLoader.Load(path));

        Assert.True(result.Cases[0].Passed, Baselines.BaselineComparer.FirstFailure(result.Cases[0]));
        Assert.Contains("TEMPLATE-MARK winter coats, 2 as a JSON array", Assert.Single(server.Bodies), StringComparison.Ordinal);
        Assert.NotEqual(result.Suites[0].PromptVersion, Core.Prompts.PromptLibrary.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "prompts")).Get("subject-lines").Version);
    }

    [Fact]
    public async Task Providers_that_cannot_be_built_error_their_cases_with_the_reason()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", """
            prompt: subject-lines
            providers: [ rules, openai:gpt-4o-mini, local:models/tiny.gguf ]
            tests:
              - vars: { brief: { product: coats } }
            """);

        var result = await new EvalRunner(new EvalRunOptions { Environment = new Dictionary<string, string?>() }).RunAsync(SuiteLoader.Load(path));

        Assert.Equal([true, false, false], result.Cases.Select(c => c.Passed));
        Assert.StartsWith("openai:gpt-4o-mini: no API key; set OPENAI_API_KEY", result.Cases[1].Runs[0].Error, StringComparison.Ordinal);
        Assert.Contains("llama.cpp provider (GenGateway.LlamaCpp) is not registered", result.Cases[2].Runs[0].Error, StringComparison.Ordinal);
        Assert.Equal(2, result.ProviderErrors.Count);
    }
}
