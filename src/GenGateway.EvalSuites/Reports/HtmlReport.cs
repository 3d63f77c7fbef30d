using System.Globalization;
using System.Net;
using System.Text;
using GenGateway.EvalSuites.Results;

namespace GenGateway.EvalSuites.Reports;

/// <summary>
/// A self-contained HTML report (<c>--html</c>): one file with inline style and a few lines of script (a
/// "failures only" filter), no external assets, so it opens from a CI artifact as is.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1b1f24;background:#fff}
        h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:24px 0 8px}
        .pass{color:#1a7f37}.fail{color:#cf222e}.muted{color:#57606a}
        table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa} td.num{text-align:right;font-variant-numeric:tabular-nums}
        details{border:1px solid #d0d7de;border-radius:6px;margin:6px 0;padding:4px 10px}
        details.failed{border-left:4px solid #cf222e} details.passed{border-left:4px solid #1a7f37}
        summary{cursor:pointer} code,pre{font-family:ui-monospace,monospace;font-size:12px} pre{white-space:pre-wrap;background:#f6f8fa;padding:6px}
        ol{margin:4px 0} .badge{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;background:#eaeef2}
        body.only-failed details.passed{display:none}
        """;

    /// <summary>Renders the report.</summary>
    public static string Build(RunResult result)
    {
        var s = result.Summary;
        var regressions = (result.Baseline?.Regressions ?? []).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var ok = s.Failed == 0 && regressions.Count == 0;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>gengateway eval report</title><style>")
            .Append(Style).Append("</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1 class=\"{(ok ? "pass" : "fail")}\">gengateway eval: {(ok ? "passed" : "FAILED")}</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"muted\">{s.Passed} of {s.Cases} cases passed ({s.PassRate:P1}), {s.Errors} with errors · {result.DurationMs / 1000:0.00} s · seed {result.Seed} · repeat {result.Repeat} · {E(result.StartedAt.ToString("u", CultureInfo.InvariantCulture))}</p>");
        html.Append("<label><input type=\"checkbox\" onchange=\"document.body.classList.toggle('only-failed',this.checked)\"> failed cases only</label>");

        html.Append("<h2>Summary</h2><table><tr><th>suite</th><th>prompt version</th><th>provider</th><th>cases</th><th>passed</th><th>pass rate</th><th>mean score</th></tr>");
        foreach (var g in result.Cases.GroupBy(c => (c.Suite, c.Provider)))
        {
            var passed = g.Count(c => c.Passed);
            var version = result.Suites.FirstOrDefault(x => x.Name == g.Key.Suite)?.PromptVersion ?? string.Empty;
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(g.Key.Suite)}</td><td><code>{E(version)}</code></td><td>{E(g.Key.Provider)}</td><td class=\"num\">{g.Count()}</td><td class=\"num\">{passed}</td><td class=\"num\">{(double)passed / g.Count():P1}</td><td class=\"num\">{g.Average(c => c.Score):0.###}</td></tr>");
        }

        html.Append("</table>");
        if (result.Baseline is { } baseline)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Baseline {E(Path.GetFileName(baseline.File))}</h2><ul>");
            foreach (var r in baseline.Regressions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"fail\">regressed <code>{E(r.Key)}</code>: {E(r.Reason ?? string.Empty)}</li>");
            }

            foreach (var i in baseline.Improvements)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"pass\">improved <code>{E(i.Key)}</code></li>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<li class=\"muted\">{baseline.Added.Count} new, {baseline.Removed.Count} removed</li></ul>");
        }

        foreach (var error in result.ProviderErrors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"fail\">provider error: {E(error)}</p>");
        }

        html.Append("<h2>Cases</h2>");
        foreach (var c in result.Cases)
        {
            AppendCase(html, c, regressions.ContainsKey(c.Key));
        }

        return html.Append("</body></html>").ToString();
    }

    private static void AppendCase(StringBuilder html, CaseResult c, bool regression)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<details class=\"{(c.Passed ? "passed" : "failed")}\"{(c.Passed ? string.Empty : " open")}><summary><b class=\"{(c.Passed ? "pass" : "fail")}\">{(c.Passed ? "PASS" : "FAIL")}</b> {E(c.Suite)} · {E(c.Provider)} · {E(c.Description)} ");
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"badge\">score {c.Score:0.###}</span>");
        if (c.Runs.Count > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $" <span class=\"badge\">pass rate {c.PassRate:P0} / {c.RequiredPassRate:P0}</span>");
        }

        if (regression)
        {
            html.Append(" <span class=\"badge fail\">regression</span>");
        }

        html.Append(CultureInfo.InvariantCulture, $" <span class=\"muted\">{E(Path.GetFileName(c.File))}:{c.Line}</span></summary>");
        html.Append(CultureInfo.InvariantCulture, $"<pre>{E(c.Request?.ToJsonString() ?? string.Empty)}</pre>");
        foreach (var run in c.Runs)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p class=\"muted\">run {run.Repeat + 1}: {(run.Passed ? "pass" : "fail")} · source {E(run.Source ?? "-")} · {run.LatencyMs:0.#} ms · {run.ModelCalls} model call(s), {run.CacheHits} cached{(run.CostUsd is { } cost ? string.Create(CultureInfo.InvariantCulture, $" · ${cost:0.######}") : string.Empty)}</p>");
            if (run.Error is { } error)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"fail\">error: {E(error)}</p>");
            }

            html.Append("<ol>");
            foreach (var candidate in run.Candidates)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(candidate)}</li>");
            }

            html.Append("</ol><table><tr><th>assertion</th><th>result</th><th>score</th><th>weight</th><th>why</th></tr>");
            foreach (var a in run.Assertions)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td><code>{E(a.Type)}</code>{(a.Metric is { } m ? $" {E(m)}" : string.Empty)}</td><td class=\"{(a.Passed ? "pass" : "fail")}\">{(a.Passed ? "pass" : "fail")}</td><td class=\"num\">{a.Score:0.###}</td><td class=\"num\">{a.Weight:0.##}</td><td>{E(a.Reason)}</td></tr>");
            }

            html.Append("</table>");
            foreach (var note in run.Notes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">note: {E(note)}</p>");
            }
        }

        html.Append("</details>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
