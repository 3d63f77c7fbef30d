using System.Text.Json;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.EndToEnd;

/// <summary>
/// The issue's "done when", as an evaluator does it with the real <c>gengateway</c> executable: write a suite, run
/// it, read the reports, edit the prompt so a case breaks, see exit 1 with the regression named against the
/// baseline; then a malformed suite gets exit 2 with file, line and column.
/// </summary>
public sealed class EvaluatorFlowTests
{
    private static string Suite(FakeOpenAIServer model) => $$"""
        description: Subject lines name the product
        prompt: subject-lines
        providers:
          - id: openai:echo-model
            label: echo
            config: { apiBaseUrl: "{{model.BaseUrl}}", apiKey: test-key }
        defaultTest:
          vars: { count: 3 }
          assert:
            - { type: candidate-count, value: 3 }
            - { type: max-length, value: 60 }
        tests:
          - description: winter coats are named
            vars: { brief: { product: winter coats } }
            assert: [ { type: icontains, value: winter coats } ]
          - description: garden tools are named
            vars: { brief: { product: garden tools } }
            assert: [ { type: icontains, value: garden tools, candidates: any } ]
          - description: no invented discount
            vars: { brief: { product: hiking boots } }
            assert: [ { type: not-contains, value: "%" } ]
        """;

    [Fact]
    public async Task A_prompt_edit_that_breaks_cases_exits_1_naming_each_regression_against_the_baseline()
    {
        using var model = EchoModel.Start();
        using var repo = new TempFolder();
        var prompt = repo.Write("prompts/subject-lines.yaml", await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "prompts", "subject-lines.yaml")));
        repo.Write("evals/subject-lines.yaml", Suite(model));

        var first = await CliProcess.RunAsync(repo.Path, "eval", "run", "evals", "--json", "baseline.json",
            "--markdown", "first.md", "--html", "first.html", "--cache-dir", "cache");

        Assert.True(first.Exit == 0, first.Out + first.Err);
        Assert.Contains("eval: 3 of 3 cases passed, 0 failed", first.Out, StringComparison.Ordinal);
        Assert.StartsWith("# gengateway eval: passed\n\n3 of 3 cases passed", await File.ReadAllTextAsync(repo.File("first.md")), StringComparison.Ordinal);
        Assert.Contains("New arrivals in garden tools", await File.ReadAllTextAsync(repo.File("first.html")), StringComparison.Ordinal);

        // The evaluator renames the prompt's "Product:" line; the model no longer sees the product. The response
        // cache is keyed by the rendered request, so the edited prompt is sent to the model, not replayed.
        await File.WriteAllTextAsync(prompt, (await File.ReadAllTextAsync(prompt)).Replace("Product: {{$product}}", "Item: {{$product}}", StringComparison.Ordinal));
        var second = await CliProcess.RunAsync(repo.Path, "eval", "run", "evals", "--baseline", "baseline.json",
            "--json", "second.json", "--markdown", "second.md", "--cache-dir", "cache");

        Assert.True(second.Exit == 1, second.Out + second.Err);
        Assert.Contains("REGRESSION subject-lines/echo/winter coats are named: passed in the baseline, fails now: icontains", second.Out, StringComparison.Ordinal);
        Assert.Contains("REGRESSION subject-lines/echo/garden tools are named", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("REGRESSION subject-lines/echo/no invented discount", second.Out, StringComparison.Ordinal);
        Assert.Contains("baseline: 2 regression(s), 0 improvement(s), 0 new, 0 removed", second.Out, StringComparison.Ordinal);
        Assert.Contains("- **regressed** `subject-lines/echo/winter coats are named`", await File.ReadAllTextAsync(repo.File("second.md")), StringComparison.Ordinal);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(repo.File("second.json")));
        Assert.Equal(
            ["subject-lines/echo/garden tools are named", "subject-lines/echo/winter coats are named"],
            results.RootElement.GetProperty("baseline").GetProperty("regressions").EnumerateArray().Select(r => r.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_malformed_suite_exits_2_with_file_line_and_column_and_runs_nothing()
    {
        using var repo = new TempFolder();
        repo.Write("evals/good.yaml", "prompt: ui-copy\ntests:\n  - vars: { element: cta, context: { goal: subscribe } }\n");
        repo.Write("evals/broken.yaml", """
            prompt: subject-lines
            tests:
              - description: typo in an assertion
                vars: { brief: { product: coats } }
                assert:
                  - type: icontain
                    value: coats
            """);

        var (exit, output, error) = await CliProcess.RunAsync(repo.Path, "eval", "run", "evals", "--json", "results.json");

        Assert.Equal(2, exit);
        Assert.StartsWith($"{Path.Combine("evals", "broken.yaml")}:6:15: unknown assertion type 'icontain'; did you mean 'icontains'?", error, StringComparison.Ordinal);
        Assert.Contains("1 problem(s); nothing was run.", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.False(File.Exists(repo.File("results.json")));
    }

    [Fact]
    public async Task A_rules_suite_runs_against_a_model_given_on_the_command_line_without_editing_it()
    {
        using var model = EchoModel.Start();
        using var repo = new TempFolder();
        repo.Write("evals/subject-lines.yaml", """
            prompt: subject-lines
            providers: [rules]
            tests:
              - description: names the product
                vars: { count: 3, brief: { product: trail shoes } }
                assert: [ { type: icontains, value: trail shoes } ]
            """);
        var environment = new Dictionary<string, string> { ["OPENAI_BASE_URL"] = model.BaseUrl, ["OPENAI_API_KEY"] = "test-key" };

        var (exit, output, error) = await CliProcess.RunAsync(repo.Path, environment, "eval", "run", "evals",
            "--provider", "openai:echo-model", "--provider", "rules", "--json", "results.json", "--no-cache");

        Assert.True(exit == 0, output + error);
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(repo.File("results.json")));
        var cases = results.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(["openai:echo-model", "rules"], cases.Select(c => c.GetProperty("provider").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("New arrivals in trail shoes", cases.Single(c => c.GetProperty("provider").GetString() == "openai:echo-model").ToString(), StringComparison.Ordinal);
    }
}
