using System.Globalization;
using System.Text;
using GenGateway.EvalSuites.Baselines;
using GenGateway.EvalSuites.Results;

namespace GenGateway.EvalSuites.Reports;

/// <summary>Markdown summary (<c>--markdown</c>), short enough for a pull-request comment or a CI job summary.</summary>
public static class MarkdownReport
{
    /// <summary>Renders the summary.</summary>
    public static string Build(RunResult result)
    {
        var s = result.Summary;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# gengateway eval: {(s.Failed == 0 && (result.Baseline?.Regressions.Count ?? 0) == 0 ? "passed" : "FAILED")}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{s.Passed} of {s.Cases} cases passed ({s.PassRate:P1}), {s.Errors} with errors, in {result.DurationMs / 1000:0.0} s; seed {result.Seed}, repeat {result.Repeat}.");
        md.AppendLine();
        md.AppendLine("| suite | provider | cases | passed | failed | pass rate | mean score |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var g in result.Cases.GroupBy(c => (c.Suite, c.Provider)))
        {
            var passed = g.Count(c => c.Passed);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(g.Key.Suite)} | {Cell(g.Key.Provider)} | {g.Count()} | {passed} | {g.Count() - passed} | {(double)passed / g.Count():P1} | {g.Average(c => c.Score):0.###} |");
        }

        if (result.Baseline is { } baseline)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## Against baseline `{Path.GetFileName(baseline.File)}`: {baseline.Regressions.Count} regression(s), {baseline.Improvements.Count} improvement(s), {baseline.Added.Count} new, {baseline.Removed.Count} removed");
            md.AppendLine();
            foreach (var r in baseline.Regressions)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- **regressed** `{r.Key}` ({r.BaselinePassRate:P0} → {r.PassRate:P0}): {Cell(r.Reason ?? string.Empty)}");
            }

            foreach (var i in baseline.Improvements)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- improved `{i.Key}` ({i.BaselinePassRate:P0} → {i.PassRate:P0})");
            }
        }

        var failures = result.Cases.Where(c => !c.Passed).ToList();
        if (failures.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Failed cases");
            md.AppendLine();
            md.AppendLine("| case | where | pass rate | first failure |");
            md.AppendLine("|---|---|---:|---|");
            foreach (var c in failures.Take(200))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| `{Cell(c.Key)}` | {Cell(Path.GetFileName(c.File))}:{c.Line} | {c.PassRate:P0} | {Cell(BaselineComparer.FirstFailure(c) ?? string.Empty)} |");
            }

            if (failures.Count > 200)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"\n…and {failures.Count - 200} more (see the JSON report).");
            }
        }

        foreach (var error in result.ProviderErrors)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"> provider error: {error}");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
