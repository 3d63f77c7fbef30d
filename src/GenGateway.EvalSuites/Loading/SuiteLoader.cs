using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Loading;

/// <summary>Loads suite files: one file, or every <c>*.yaml</c> / <c>*.yml</c> directly inside a folder.</summary>
public static class SuiteLoader
{
    /// <summary>
    /// Loads a suite file or folder. Throws <see cref="SuiteLoadException"/> listing every problem in every file,
    /// each with file and line, so nothing runs until all suites are valid.
    /// </summary>
    /// <param name="path">A suite file, or a folder of them.</param>
    /// <param name="providers">
    /// Provider ids (<c>rules</c>, <c>openai:&lt;model&gt;</c>, ...) that replace every suite's matrix, so the same
    /// suites run against another model without editing them; null or empty keeps each suite's own.
    /// </param>
    public static IReadOnlyList<EvalSuite> Load(string path, IReadOnlyList<string>? providers = null)
    {
        var errors = new List<SuiteError>();
        var matrix = providers is { Count: > 0 } ? SuiteParser.ParseProviderIds(providers, errors) : null;
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.yaml").Concat(Directory.EnumerateFiles(path, "*.yml")).Order(StringComparer.Ordinal).ToList()
            : [path];
        if (files.Count == 0)
        {
            errors.Add(new SuiteError(new SourceLocation(path, 0), "the folder holds no suite (*.yaml)"));
        }

        var suites = new List<EvalSuite>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                errors.Add(new SuiteError(new SourceLocation(file, 0), "no such file or folder"));
                continue;
            }

            if (Parse(file, File.ReadAllText(file), errors) is { } suite)
            {
                suites.Add(matrix is null ? suite : suite with
                {
                    Providers = [.. matrix.Select(p => p with { Temperature = p.Temperature ?? suite.Temperature, Location = new SourceLocation(file, 0) })],
                });
            }
        }

        foreach (var duplicate in suites.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new SuiteError(new SourceLocation(duplicate.Last().FilePath, 0), $"suite name '{duplicate.Key}' is used by two files; results are keyed by it"));
        }

        // Problems are found in several passes (structure, then each case); report them in file order.
        return errors.Count > 0
            ? throw new SuiteLoadException([.. errors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line)])
            : suites;
    }

    /// <summary>Parses suite text as if read from <paramref name="path"/>; records problems in <paramref name="errors"/>.</summary>
    public static EvalSuite? Parse(string path, string text, List<SuiteError> errors) => SuiteParser.Parse(path, text, errors);
}
