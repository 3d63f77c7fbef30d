using GenGateway.Core.Prompts;
using GenGateway.EvalSuites.Model;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Running;

/// <summary>
/// Finds and loads the prompt library a suite runs with: the suite's <c>prompt.directory</c>, else the nearest
/// <c>prompts/</c> folder above the suite that has the function (so a repo's evals/ use the repo's prompts/), else
/// the prompts shipped beside the executable. Applies the suite's file or inline-template override and version pin.
/// </summary>
internal static class PromptResolver
{
    public static PromptLibrary Resolve(EvalSuite suite, List<SuiteError> errors)
    {
        var prompt = suite.Prompt;
        var directory = prompt.Directory ?? Search(Path.GetDirectoryName(Path.GetFullPath(suite.FilePath))!, prompt.Name)
            ?? Path.Combine(AppContext.BaseDirectory, "prompts");
        PromptLibrary library;
        try
        {
            library = PromptLibrary.LoadDirectory(directory, [prompt.Name]);
        }
        catch (PromptLoadException ex)
        {
            errors.AddRange(ex.Errors.Select(e => new SuiteError(new SourceLocation(e.File, e.Line, e.Column), e.Message)));
            return new PromptLibrary([]);
        }

        var original = library.Get(prompt.Name);
        PromptFunction? replacement = null;
        if (prompt.File is { } file)
        {
            replacement = File.Exists(file)
                ? Parse(file, File.ReadAllText(file), prompt, errors)
                : Fail(prompt, $"prompt file '{file}' does not exist", errors);
        }
        else if (prompt.Template is { } template)
        {
            replacement = Parse(original.SourcePath + " (with the suite's template)", WithTemplate(original.SourcePath, template), prompt, errors);
        }

        var function = replacement is null ? original : replacement.Renamed(original.Name);
        if (prompt.Version is { } pin && !function.Version.StartsWith(pin, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new SuiteError(prompt.Location, $"the suite pins prompt {prompt.Name}@{pin}, but {function.SourcePath} is at version {function.Version}"));
        }

        return replacement is null ? library : new PromptLibrary(library.Names.Where(n => n != original.Name).Select(library.Get).Append(function));
    }

    private static string? Search(string start, string name)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "prompts");
            if (File.Exists(Path.Combine(candidate, name + ".yaml")) || File.Exists(Path.Combine(candidate, name + ".yml")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static PromptFunction? Parse(string path, string yaml, SuitePrompt prompt, List<SuiteError> errors)
    {
        var (function, problems) = PromptFileParser.Parse(path, yaml);
        foreach (var problem in problems)
        {
            errors.Add(new SuiteError(prompt.Template is null ? new SourceLocation(problem.File, problem.Line, problem.Column) : prompt.Location,
                prompt.Template is null ? problem.Message : $"prompt.template: {problem.Message}"));
        }

        return problems.Count == 0 ? function : null;
    }

    private static PromptFunction? Fail(SuitePrompt prompt, string message, List<SuiteError> errors)
    {
        errors.Add(new SuiteError(prompt.Location, message));
        return null;
    }

    // The override keeps the original's variables and settings, so it is validated exactly as the file would be.
    private static string WithTemplate(string originalPath, string template)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(originalPath)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        root.Children[new YamlScalarNode("template")] = new YamlScalarNode(template) { Style = YamlDotNet.Core.ScalarStyle.Literal };
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
