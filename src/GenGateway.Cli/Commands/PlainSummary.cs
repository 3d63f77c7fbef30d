using System.Globalization;
using GenGateway.EvalSuites.Baselines;
using GenGateway.EvalSuites.Results;

namespace GenGateway.Cli.Commands;

/// <summary>The end-of-run summary as plain text, for CI logs and redirected output.</summary>
public static class PlainSummary
{
    /// <summary>Writes the per-suite table, failures, regressions and the closing line.</summary>
    public static async Task WriteAsync(RunResult result, TextWriter output)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"suite",-24} {"provider",-28} {"cases",6} {"passed",7} {"failed",7} {"rate",7}"));
        foreach (var g in result.Cases.GroupBy(c => (c.Suite, c.Provider)))
        {
            var passed = g.Count(c => c.Passed);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{g.Key.Suite,-24} {g.Key.Provider,-28} {g.Count(),6} {passed,7} {g.Count() - passed,7} {(double)passed / g.Count(),7:P1}"));
        }

        foreach (var failed in result.Cases.Where(c => !c.Passed).Take(50))
        {
            await output.WriteLineAsync($"FAILED {failed.Key} ({Path.GetFileName(failed.File)}:{failed.Line}): {BaselineComparer.FirstFailure(failed)}");
        }

        if (result.Baseline is { } baseline)
        {
            foreach (var r in baseline.Regressions)
            {
                await output.WriteLineAsync($"REGRESSION {r.Key}: passed in the baseline, fails now: {r.Reason}");
            }

            foreach (var i in baseline.Improvements)
            {
                await output.WriteLineAsync($"IMPROVED {i.Key}");
            }

            await output.WriteLineAsync($"baseline: {baseline.Regressions.Count} regression(s), {baseline.Improvements.Count} improvement(s), {baseline.Added.Count} new, {baseline.Removed.Count} removed");
        }

        var s = result.Summary;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"eval: {s.Passed} of {s.Cases} cases passed, {s.Failed} failed ({result.DurationMs / 1000:0.00} s)"));
    }
}
