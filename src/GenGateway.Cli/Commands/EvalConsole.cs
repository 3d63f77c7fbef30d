using GenGateway.EvalSuites.Baselines;
using GenGateway.EvalSuites.Results;
using Spectre.Console;

namespace GenGateway.Cli.Commands;

/// <summary>The terminal view of a suite run: a live progress bar, then a summary table (Spectre.Console).</summary>
public static class EvalConsole
{
    /// <summary>Runs <paramref name="run"/> under a progress bar of <paramref name="total"/> steps.</summary>
    public static async Task<RunResult> RunWithProgressAsync(Func<IProgress<RunProgress>, Task<RunResult>> run, int total)
    {
        RunResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("cases", maxValue: Math.Max(1, total));
                var failed = 0;
                result = await run(new Progress(task, () => Interlocked.Increment(ref failed)));
            });
        return result!;
    }

    /// <summary>Writes the per-suite table, failures and baseline changes.</summary>
    public static void WriteSummary(RunResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("suite", "provider", "cases", "passed", "failed", "pass rate", "mean score");
        foreach (var g in result.Cases.GroupBy(c => (c.Suite, c.Provider)))
        {
            var passed = g.Count(c => c.Passed);
            var failed = g.Count() - passed;
            table.AddRow(Markup.Escape(g.Key.Suite), Markup.Escape(g.Key.Provider), $"{g.Count()}", $"[green]{passed}[/]",
                failed > 0 ? $"[red]{failed}[/]" : "0", $"{(double)passed / g.Count():P1}", $"{g.Average(c => c.Score):0.###}");
        }

        AnsiConsole.Write(table);
        foreach (var failed in result.Cases.Where(c => !c.Passed).Take(30))
        {
            AnsiConsole.MarkupLine($"[red]FAILED[/] {Markup.Escape(failed.Key)} [grey]({Markup.Escape(Path.GetFileName(failed.File))}:{failed.Line})[/] {Markup.Escape(BaselineComparer.FirstFailure(failed) ?? string.Empty)}");
        }

        if (result.Baseline is { } baseline)
        {
            foreach (var r in baseline.Regressions)
            {
                AnsiConsole.MarkupLine($"[red bold]REGRESSION[/] {Markup.Escape(r.Key)}: {Markup.Escape(r.Reason ?? string.Empty)}");
            }

            foreach (var i in baseline.Improvements)
            {
                AnsiConsole.MarkupLine($"[green]IMPROVED[/] {Markup.Escape(i.Key)}");
            }
        }

        var s = result.Summary;
        AnsiConsole.MarkupLine($"{(s.Failed == 0 ? "[green]" : "[red]")}eval: {s.Passed} of {s.Cases} cases passed, {s.Failed} failed[/] ({result.DurationMs / 1000:0.00} s)");
    }

    private sealed class Progress(ProgressTask task, Func<int> countFailure) : IProgress<RunProgress>
    {
        private int _failed;

        public void Report(RunProgress value)
        {
            if (!value.Passed)
            {
                _failed = countFailure();
            }

            task.Description = _failed > 0 ? $"cases [red]{_failed} failed[/]" : "cases";
            task.Value = value.Completed;
        }
    }
}
