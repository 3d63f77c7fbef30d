using System.Text.Json;
using GenGateway.Core.Validation;
using GenGateway.EvalSuites.Reports;
using GenGateway.EvalSuites.Results;

namespace GenGateway.EvalSuites.Baselines;

/// <summary>Compares a run with a baseline run (an earlier <c>--json</c> report) by case key.</summary>
public static class BaselineComparer
{
    /// <summary>Reads a baseline report; throws <see cref="InvalidDataException"/> naming the file when it is not one.</summary>
    public static RunResult Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<RunResult>(File.ReadAllText(path), ReportJson.Options)
                ?? throw new InvalidDataException($"{path}: the baseline is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}:{JsonErrorText.Line(ex)}: not a results file from 'gengateway eval run --json': {JsonErrorText.Describe(ex)}", ex);
        }
    }

    /// <summary>
    /// A case regresses when it passed in the baseline and fails now, and improves the other way round. Cases
    /// present on one side only are listed as added or removed, never as regressions.
    /// </summary>
    public static BaselineComparison Compare(RunResult current, RunResult baseline, string baselineFile)
    {
        var before = baseline.Cases.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = current.Cases.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var regressions = new List<CaseChange>();
        var improvements = new List<CaseChange>();
        var added = new List<string>();
        foreach (var result in current.Cases)
        {
            if (!before.TryGetValue(result.Key, out var old))
            {
                added.Add(result.Key);
            }
            else if (old.Passed && !result.Passed)
            {
                regressions.Add(new CaseChange(result.Key, old.PassRate, result.PassRate, FirstFailure(result)));
            }
            else if (!old.Passed && result.Passed)
            {
                improvements.Add(new CaseChange(result.Key, old.PassRate, result.PassRate, null));
            }
        }

        return new BaselineComparison
        {
            File = baselineFile,
            Regressions = regressions,
            Improvements = improvements,
            Added = added,
            Removed = [.. before.Keys.Where(k => !now.Contains(k))],
        };
    }

    /// <summary>The first reason a case failed: its error, or its first failing assertion.</summary>
    public static string? FirstFailure(CaseResult result)
    {
        var run = result.Runs.FirstOrDefault(r => !r.Passed);
        return run is null ? null
            : run.Error is { } error ? "error: " + error
            : run.Assertions.FirstOrDefault(a => !a.Passed) is { } failed ? $"{failed.Type}: {failed.Reason}"
            : "weighted score below the threshold";
    }
}
