using System.CommandLine;

namespace GenGateway.Cli.Commands;

/// <summary><c>gengateway eval run &lt;suite.yaml|dir&gt;</c>: prompt regression suites.</summary>
public static class EvalCommand
{
    /// <summary>Builds the <c>eval</c> command with its <c>run</c> subcommand.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("suite") { Description = "A suite YAML file, or a folder of them (evals/)" };
        var json = new Option<string?>("--json") { Description = "Write JSON results here (usable later as --baseline)" };
        var junit = new Option<string?>("--junit") { Description = "Write JUnit XML here" };
        var markdown = new Option<string?>("--markdown") { Description = "Write a Markdown summary here" };
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML report here" };
        var baseline = new Option<string?>("--baseline") { Description = "Compare with this earlier --json results file; a case that passed there and fails now fails the run" };
        var repeat = new Option<int>("--repeat") { Description = "Run each case N times and report its pass rate", DefaultValueFactory = _ => 1 };
        var concurrency = new Option<int>("--concurrency") { Description = "Runs in flight at once", DefaultValueFactory = _ => 8 };
        var noCache = new Option<bool>("--no-cache") { Description = "Call the models even when an identical request was answered before" };
        var cacheDir = new Option<string>("--cache-dir") { Description = "Response cache folder", DefaultValueFactory = _ => Path.Combine("data", "eval-cache") };
        var provider = new Option<string[]>("--provider")
        {
            Description = "Run every suite against this provider instead of its own matrix (repeat for several): rules, openai:<model>, anthropic:<model>, local:<gguf>",
        };
        var seed = new Option<long>("--seed") { Description = "Sampling seed (repeat i uses seed + i); temperature is 0 unless the suite sets it", DefaultValueFactory = _ => 42 };

        var run = new Command("run", "Run suites against their providers and check every output")
        {
            path, json, junit, markdown, html, baseline, repeat, concurrency, noCache, cacheDir, seed, provider,
        };
        run.SetAction((parse, cancellationToken) =>
        {
            if (parse.GetValue(repeat) is < 1 or > 1000 || parse.GetValue(concurrency) is < 1 or > 256)
            {
                Console.Error.WriteLine("--repeat must be between 1 and 1000 and --concurrency between 1 and 256");
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            return EvalRunCommand.RunAsync(
            new EvalRunArguments
            {
                Path = parse.GetValue(path)!,
                Json = parse.GetValue(json),
                JUnit = parse.GetValue(junit),
                Markdown = parse.GetValue(markdown),
                Html = parse.GetValue(html),
                Baseline = parse.GetValue(baseline),
                Repeat = parse.GetValue(repeat),
                Concurrency = parse.GetValue(concurrency),
                NoCache = parse.GetValue(noCache),
                CacheDirectory = parse.GetValue(cacheDir)!,
                Seed = parse.GetValue(seed),
                Providers = parse.GetValue(provider) ?? [],
                Interactive = !Console.IsOutputRedirected && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            },
            Console.Out,
            Console.Error,
            cancellationToken);
        });
        return new Command("eval", "Prompt regression suites") { run };
    }
}
