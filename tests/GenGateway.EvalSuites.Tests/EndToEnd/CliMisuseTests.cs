using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.EndToEnd;

/// <summary>
/// Whatever a user gets wrong on the command line, the CLI answers with the documented exit code and lines that
/// name the file, line and problem: no stack trace, no .NET type name, no JSON reader coordinates.
/// </summary>
public sealed class CliMisuseTests
{
    private const string GoodSuite = "prompt: ui-copy\ntests:\n  - vars: { element: cta, context: { goal: subscribe } }\n";

    [Theory]
    [InlineData("--repeat", "abc")]
    [InlineData("--concurrency", "1.5")]
    [InlineData("--seed", "many")]
    [InlineData("--no-such-flag", "1")]
    public async Task A_bad_flag_or_flag_value_exits_2_with_a_readable_line(string flag, string value)
    {
        using var repo = new TempFolder();
        repo.Write("evals/good.yaml", GoodSuite);

        var (exit, output, error) = await CliProcess.RunAsync(repo.Path, "eval", "run", "evals", flag, value);

        Assert.Equal(2, exit);
        Assert.StartsWith("gengateway: ", error, StringComparison.Ordinal);
        AssertClean(output + error);
    }

    [Fact]
    public async Task An_unwritable_json_path_is_reported_before_anything_runs()
    {
        using var repo = new TempFolder();
        repo.Write("evals/good.yaml", GoodSuite);
        repo.Write("blocker", "a file where a folder is needed");

        var (exit, output, error) = await CliProcess.RunAsync(repo.Path, "eval", "run", "evals", "--json", "blocker/results.json");

        Assert.Equal(2, exit);
        Assert.StartsWith("blocker/results.json: cannot write here: ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        AssertClean(error);
    }

    [Fact]
    public async Task Every_problem_in_a_suite_including_a_folder_given_as_dataset_is_reported_in_one_pass()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(repo.File("evals/rows"));
        repo.Write("evals/broken.yaml", """
            prompt: subject-lines
            dataset:
              file: rows
            tests:
              - vars: { brief: { product: coats } }
                assert:
                  - type: icontain
                    value: coats
                  - type: max-length
                    value: lots
            """);

        var (exit, output, error) = await CliProcess.RunAsync(repo.Path, "eval", "run", "evals");

        Assert.Equal(2, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("is a folder; name a .csv or .jsonl file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("unknown assertion type 'icontain'", StringComparison.Ordinal));
        Assert.True(lines.Length >= 4, error);
        Assert.All(lines.SkipLast(1), l => Assert.Matches(@"^evals[/\\]broken\.yaml:\d+(:\d+)?: ", l));
        AssertClean(output + error);
    }

    [Fact]
    public async Task Problems_in_several_suites_are_all_reported_in_the_same_run_and_nothing_runs()
    {
        using var repo = new TempFolder();
        repo.Write("evals/a.yaml", "prompt: subject-lines\ntests:\n  - vars: { brief: { product: coats } }\n    assert:\n      - type: icontain\n        value: coats\n");
        repo.Write("evals/b.yaml", "prompt: no-such-prompt\ntests:\n  - vars: { brief: { product: coats } }\n    assert:\n      - type: max-length\n        value: lots\n");
        repo.Write("evals/good.yaml", GoodSuite);

        var (exit, output, error) = await CliProcess.RunAsync(repo.Path, "eval", "run", "evals");

        Assert.Equal(2, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("evals/a.yaml:5:", StringComparison.Ordinal) && l.Contains("unknown assertion type 'icontain'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("evals/b.yaml:1:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("evals/b.yaml:5:", StringComparison.Ordinal) && l.Contains("max-length needs a whole number", StringComparison.Ordinal));
        Assert.EndsWith("nothing was run.", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("passed", output, StringComparison.Ordinal);
        AssertClean(output + error);
    }

    [Fact]
    public async Task A_baseline_that_is_not_json_names_its_file_and_line_without_reader_coordinates()
    {
        using var repo = new TempFolder();
        repo.Write("evals/good.yaml", GoodSuite);
        repo.Write("old.json", "{\n  \"cases\": [ oops ]\n}");

        var (exit, output, error) = await CliProcess.RunAsync(repo.Path, "eval", "run", "evals", "--baseline", "old.json");

        Assert.Equal(2, exit);
        Assert.StartsWith("old.json:2: not a results file", error, StringComparison.Ordinal);
        AssertClean(output + error);
    }

    [Theory]
    [InlineData("evaluators score --task tone --dataset rows", "rows: is a folder; name a .jsonl file")]
    [InlineData("evaluators score --task tone --dataset missing.jsonl", "missing.jsonl: file does not exist")]
    [InlineData("evaluators score --task tone --dataset broken.jsonl", "broken.jsonl:2: not valid JSON: ")]
    [InlineData("evaluators score --task tone --dataset good.jsonl --model rows", "rows: is a folder; name a model .json file")]
    [InlineData("evaluators score --task tone --dataset good.jsonl --model cut.json", "cut.json:1: not a politeness model written by 'evaluators fit-politeness': ")]
    [InlineData("evaluators score --task tone --dataset good.jsonl --model typed.json", "typed.json:1: not a politeness model written by 'evaluators fit-politeness': the value at $.Weights has the wrong JSON type")]
    [InlineData("evaluators score --task tone --dataset good.jsonl --misses -3", "gengateway: --misses must be 0 or more")]
    [InlineData("evaluators score --task tone --dataset good.jsonl --split sideways", "gengateway: Argument 'sideways' not recognized. Must be one of: 'all' 'fit' 'heldout'")]
    [InlineData("profile authorship --dataset rows", "rows: is a folder; name a .jsonl file")]
    public async Task A_bad_dataset_model_or_flag_for_the_other_commands_exits_2_with_one_line_naming_it(string command, string expected)
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(repo.File("rows"));
        repo.Write("good.jsonl", "{\"text\":\"Thanks so much!\",\"label\":\"polite\"}\n{\"text\":\"Go away.\",\"label\":\"impolite\"}\n");
        repo.Write("broken.jsonl", "{\"text\":\"Thanks so much!\",\"label\":\"polite\"}\nnot json\n");
        repo.Write("cut.json", "{\"weights\": {");
        repo.Write("typed.json", "{\"Weights\": 5}");

        var (exit, output, error) = await CliProcess.RunAsync(repo.Path, command.Split(' '));

        Assert.Equal(2, exit);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith("Run 'gengateway --help'", StringComparison.Ordinal));
        AssertClean(error);
    }

    private static void AssertClean(string text)
    {
        foreach (var leak in new[] { "System.", "Exception", "   at ", "LineNumber:", "BytePositionInLine", "Path: $", "\t" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }
}
