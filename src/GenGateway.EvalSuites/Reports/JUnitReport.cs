using System.Globalization;
using System.Xml.Linq;
using GenGateway.EvalSuites.Baselines;
using GenGateway.EvalSuites.Results;

namespace GenGateway.EvalSuites.Reports;

/// <summary>
/// JUnit XML (<c>--junit</c>): one <c>testsuite</c> per suite and provider, one <c>testcase</c> per case; a failed
/// case carries a <c>failure</c> with its failing assertions, an errored one an <c>error</c>, and a regression says so.
/// </summary>
public static class JUnitReport
{
    /// <summary>Builds the XML document.</summary>
    public static XDocument Build(RunResult result)
    {
        var regressions = (result.Baseline?.Regressions ?? []).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var suites = result.Cases.GroupBy(c => (c.Suite, c.Provider)).Select(group =>
        {
            var cases = group.ToList();
            return new XElement("testsuite",
                new XAttribute("name", $"{group.Key.Suite} [{group.Key.Provider}]"),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", cases.Count(c => !c.Passed && !c.Errored)),
                new XAttribute("errors", cases.Count(c => !c.Passed && c.Errored)),
                new XAttribute("time", Seconds(cases.Sum(c => c.Runs.Sum(r => r.LatencyMs)))),
                cases.Select(c => Case(c, regressions.Contains(c.Key))));
        });
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", "gengateway eval"),
                new XAttribute("tests", result.Summary.Cases),
                new XAttribute("failures", result.Cases.Count(c => !c.Passed && !c.Errored)),
                new XAttribute("errors", result.Cases.Count(c => !c.Passed && c.Errored)),
                new XAttribute("time", Seconds(result.DurationMs)),
                suites));
    }

    /// <summary>Writes the document to a file.</summary>
    public static void Write(RunResult result, string path) => Build(result).Save(path);

    private static XElement Case(CaseResult c, bool regression)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", $"{c.Suite}.{c.Provider}"),
            new XAttribute("name", c.Description),
            new XAttribute("file", c.File),
            new XAttribute("line", c.Line),
            new XAttribute("time", Seconds(c.Runs.Sum(r => r.LatencyMs))));
        if (c.Passed)
        {
            return element;
        }

        var details = string.Join("\n", c.Runs.Where(r => !r.Passed).Take(3).SelectMany(r =>
            r.Error is { } error ? [$"run {r.Repeat + 1}: error: {error}"]
            : r.Assertions.Where(a => !a.Passed).Select(a => $"run {r.Repeat + 1}: {a.Type} (line {a.Line}): {a.Reason}")));
        var message = (regression ? "REGRESSION (passed in the baseline): " : string.Empty)
            + (BaselineComparer.FirstFailure(c) ?? "failed")
            + (c.Runs.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (pass rate {c.PassRate:P0}, needs {c.RequiredPassRate:P0})") : string.Empty);
        element.Add(new XElement(c.Errored && c.Runs.All(r => r.Error is not null) ? "error" : "failure",
            new XAttribute("message", message), new XAttribute("type", regression ? "regression" : "assertion"), details));
        return element;
    }

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.###", CultureInfo.InvariantCulture);
}
