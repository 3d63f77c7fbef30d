using GenGateway.EvalSuites.Baselines;
using GenGateway.EvalSuites.Fixtures;
using GenGateway.EvalSuites.Loading;
using GenGateway.EvalSuites.Model;
using GenGateway.EvalSuites.Reports;
using GenGateway.EvalSuites.Results;
using GenGateway.EvalSuites.Running;

namespace GenGateway.Cli.Commands;

/// <summary>What <c>gengateway eval run</c> does, with its output streams passed in so tests can drive it.</summary>
public static class EvalRunCommand
{
    /// <summary>
    /// Loads, runs, compares and reports. Returns <see cref="ExitCodes.Success"/> when every case passed and
    /// nothing regressed, <see cref="ExitCodes.Failures"/> otherwise, <see cref="ExitCodes.InvalidInput"/> when a
    /// suite (or the baseline) is invalid, with <c>file:line: message</c> lines on <paramref name="stderr"/>.
    /// </summary>
    public static async Task<int> RunAsync(EvalRunArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<EvalSuite> suites;
        RunResult? baseline = null;
        try
        {
            suites = SuiteLoader.Load(args.Path, args.Providers);
            if (args.Baseline is { } baselinePath)
            {
                baseline = Directory.Exists(baselinePath)
                    ? throw new InvalidDataException($"{baselinePath}: the baseline is a folder; name the --json file of an earlier run")
                    : File.Exists(baselinePath)
                    ? BaselineComparer.Read(baselinePath)
                    : throw new InvalidDataException($"{baselinePath}: baseline file does not exist");
            }
        }
        catch (SuiteLoadException ex)
        {
            return Invalid(ex, stderr);
        }
        catch (InvalidDataException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return ExitCodes.InvalidInput;
        }

        // An output that cannot be written is found now, not after every case has run.
        var unwritable = new[] { args.Json, args.JUnit, args.Markdown, args.Html }.OfType<string>().Select(OutputPaths.Problem).OfType<string>().ToList();
        if (unwritable.Count > 0)
        {
            foreach (var problem in unwritable)
            {
                await stderr.WriteLineAsync(problem);
            }

            return ExitCodes.InvalidInput;
        }

        var runner = new EvalRunner(new EvalRunOptions
        {
            Concurrency = args.Concurrency,
            Repeat = args.Repeat,
            Seed = args.Seed,
            CacheDirectory = args.NoCache ? null : Path.GetFullPath(args.CacheDirectory),
            Services = EvalServices.Create(),

            ConfigureGateway = EvalServices.ConfigureGateway,
            ProfileFixtures = new ProfileStoreFixtureLoader(),
        });
        RunResult result;
        try
        {
            var total = suites.Sum(s => s.Cases.Count * s.Providers.Count) * Math.Max(1, args.Repeat);
            result = args.Interactive
                ? await EvalConsole.RunWithProgressAsync(p => runner.RunAsync(suites, p, cancellationToken), total)
                : await runner.RunAsync(suites, new PlainProgress(stdout), cancellationToken);
        }
        catch (SuiteLoadException ex)
        {
            return Invalid(ex, stderr);
        }

        if (baseline is not null)
        {
            result = result with { Baseline = BaselineComparer.Compare(result, baseline, Path.GetFullPath(args.Baseline!)) };
        }

        await WriteReportsAsync(result, args, cancellationToken);
        foreach (var error in result.ProviderErrors)
        {
            await stderr.WriteLineAsync("provider error: " + error);
        }

        if (args.Interactive)
        {
            EvalConsole.WriteSummary(result);
        }
        else
        {
            await PlainSummary.WriteAsync(result, stdout);
        }

        return result.Summary.Failed > 0 || result.Baseline?.Regressions.Count > 0 ? ExitCodes.Failures : ExitCodes.Success;
    }

    private static int Invalid(SuiteLoadException ex, TextWriter stderr)
    {
        foreach (var error in ex.Errors)
        {
            stderr.WriteLine(error.ToString());
        }

        stderr.WriteLine($"{ex.Errors.Count} problem(s); nothing was run.");
        return ExitCodes.InvalidInput;
    }

    private static async Task WriteReportsAsync(RunResult result, EvalRunArguments args, CancellationToken cancellationToken)
    {
        if (args.Json is { } json)
        {
            await File.WriteAllTextAsync(Prepare(json), ReportJson.Write(result), cancellationToken);
        }

        if (args.JUnit is { } junit)
        {
            JUnitReport.Write(result, Prepare(junit));
        }

        if (args.Markdown is { } markdown)
        {
            await File.WriteAllTextAsync(Prepare(markdown), MarkdownReport.Build(result), cancellationToken);
        }

        if (args.Html is { } html)
        {
            await File.WriteAllTextAsync(Prepare(html), HtmlReport.Build(result), cancellationToken);
        }
    }

    private static string Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
