using System.Text.Json;
using System.Xml.Linq;
using GenGateway.Cli.Commands;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Cli;

public sealed class EvalRunCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(EvalRunArguments args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await EvalRunCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Suite(FakeOpenAIServer server) => $$"""
        description: regression demo
        prompt: subject-lines
        providers:
          - id: openai:fake-model
            label: fake
            config: { apiBaseUrl: "{{server.BaseUrl}}", apiKey: test-key }
        defaultTest:
          vars: { count: 2, brief: { product: winter coats } }
        tests:
          - description: mentions coats
            assert: [ { type: icontains, value: coats } ]
          - description: short
            assert: [ { type: max-length, value: 60 } ]
          - description: names boots
            assert: [ { type: icontains, value: boots } ]
        """;

    [Fact]
    public async Task A_case_that_passed_in_the_baseline_and_fails_now_exits_1_and_is_named()
    {
        using var server = FakeOpenAIServer.Start();
        using var folder = new TempFolder();
        var suite = folder.Write("suite.yaml", Suite(server));
        server.Default = FakeReply.Candidates("Winter coats are here", "Cozy coats for you");

        var baseline = await RunAsync(new EvalRunArguments { Path = suite, Json = folder.File("baseline.json"), NoCache = true });

        // The model now answers differently (as after a prompt change): coats are gone, boots appear.
        server.Default = FakeReply.Candidates("Warm boots are here", "Boots for winter");
        var current = await RunAsync(new EvalRunArguments
        {
            Path = suite,
            Baseline = folder.File("baseline.json"),
            Json = folder.File("out/results.json"),
            JUnit = folder.File("out/junit.xml"),
            Markdown = folder.File("out/summary.md"),
            Html = folder.File("out/report.html"),
            NoCache = true,
        });

        Assert.Equal(1, baseline.Exit);
        Assert.Contains("FAILED suite/fake/names boots", baseline.Out, StringComparison.Ordinal);
        Assert.Equal(1, current.Exit);
        Assert.Contains("REGRESSION suite/fake/mentions coats: passed in the baseline, fails now: icontains:", current.Out, StringComparison.Ordinal);
        Assert.Contains("IMPROVED suite/fake/names boots", current.Out, StringComparison.Ordinal);
        Assert.Contains("baseline: 1 regression(s), 1 improvement(s), 0 new, 0 removed", current.Out, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("out/results.json")));
        var regression = Assert.Single(json.RootElement.GetProperty("baseline").GetProperty("regressions").EnumerateArray());
        Assert.Equal("suite/fake/mentions coats", regression.GetProperty("key").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("cases").GetArrayLength());

        var junit = XDocument.Load(folder.File("out/junit.xml"));
        Assert.Equal("3", junit.Root!.Attribute("tests")!.Value);
        Assert.Equal("1", junit.Root.Attribute("failures")!.Value);
        var failure = junit.Descendants("testcase").Single(t => t.Attribute("name")!.Value == "mentions coats").Element("failure")!;
        Assert.Equal("regression", failure.Attribute("type")!.Value);
        Assert.StartsWith("REGRESSION", failure.Attribute("message")!.Value, StringComparison.Ordinal);

        Assert.Contains("**regressed** `suite/fake/mentions coats`", await File.ReadAllTextAsync(folder.File("out/summary.md")), StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(folder.File("out/report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.Contains("Warm boots are here", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_passing_and_no_regression_exits_0()
    {
        using var folder = new TempFolder();
        var suite = folder.Write("suite.yaml", "prompt: ui-copy\ntests:\n  - vars: { element: cta, context: { goal: subscribe } }\n    assert: [ { type: min-length, value: 1 } ]\n");
        await RunAsync(new EvalRunArguments { Path = suite, Json = folder.File("baseline.json") });

        var (exit, output, _) = await RunAsync(new EvalRunArguments { Path = suite, Baseline = folder.File("baseline.json") });

        Assert.Equal(0, exit);
        Assert.Contains("eval: 1 of 1 cases passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_suite_exits_2_with_file_line_and_column_on_stderr()
    {
        using var folder = new TempFolder();
        var suite = folder.Write("suite.yaml", "prompt: subject-lines\ntests:\n  - vars: { brief: { product: coats } }\n    assert:\n      - type: icontain\n        value: coats\n");

        var (exit, output, error) = await RunAsync(new EvalRunArguments { Path = suite });

        Assert.Equal(2, exit);
        Assert.StartsWith($"{suite}:5:15: unknown assertion type 'icontain'", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task A_baseline_that_is_not_a_results_file_exits_2()
    {
        using var folder = new TempFolder();
        var suite = folder.Write("suite.yaml", "prompt: ui-copy\ntests:\n  - vars: { element: cta, context: { goal: subscribe } }\n");
        var baseline = folder.Write("baseline.json", "{ \"cases\": 3 }");

        var (exit, _, error) = await RunAsync(new EvalRunArguments { Path = suite, Baseline = baseline });

        Assert.Equal(2, exit);
        Assert.Contains("not a results file", error, StringComparison.Ordinal);
    }
}
