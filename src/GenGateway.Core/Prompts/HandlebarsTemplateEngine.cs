using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace GenGateway.Core.Prompts;

/// <summary>Handlebars templates through Handlebars.Net; values are HTML-escaped unless written with triple braces.</summary>
public sealed partial class HandlebarsTemplateEngine : IPromptTemplateEngine
{
    private readonly IHandlebars _handlebars = HandlebarsDotNet.Handlebars.Create();
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Format => PromptTemplateFormats.Handlebars;

    /// <inheritdoc />
    public IEnumerable<TemplateProblem> Check(PromptFunction function)
    {
        var problems = new List<TemplateProblem>();
        try
        {
            Compile(function.Template);
        }
        catch (HandlebarsException ex)
        {
            var position = LinePosition().Match(ex.Message);
            var line = position.Success ? int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            problems.Add(new TemplateProblem(line, 1, "handlebars syntax error: " + ex.Message));
            return problems;
        }

        var declared = function.InputVariables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var scopeDepth = 0;
        foreach (Match match in Mustache().Matches(function.Template))
        {
            var sigil = match.Groups[1].Value;
            var words = match.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || sigil == "!")
            {
                continue;
            }

            if (sigil == "/")
            {
                if (words[0] is "each" or "with")
                {
                    scopeDepth = Math.Max(0, scopeDepth - 1);
                }

                continue;
            }

            var opensScope = sigil == "#" && words[0] is "each" or "with";
            IEnumerable<string> references = scopeDepth > 0 ? Enumerable.Empty<string>() : sigil == "#" || words.Length > 1 ? words.Skip(1) : words;
            if (opensScope)
            {
                // Inside these blocks names resolve against the item, which the declaration cannot describe.
                scopeDepth++;
            }

            foreach (var reference in references)
            {
                var root = RootName(reference);
                if (root is not null && !declared.Contains(root))
                {
                    problems.Add(TemplateProblem.AtOffset(function.Template, match.Index,
                        $"template uses variable '{root}' that is not declared in input_variables"));
                }
            }
        }

        return problems;
    }

    /// <inheritdoc />
    public string Render(PromptFunction function, IReadOnlyDictionary<string, object?> values)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in function.InputVariables)
        {
            values.TryGetValue(variable.Name, out var value);
            context[variable.Name] = value is null or "" ? variable.Default : value;
        }

        return Compile(function.Template)(context);
    }

    private HandlebarsTemplate<object, object> Compile(string template) =>
        _compiled.GetOrAdd(template, t => _handlebars.Compile(t));

    private static string? RootName(string reference)
    {
        if (reference is "this" or "else" || reference.StartsWith('@') || reference.StartsWith("..", StringComparison.Ordinal)
            || reference.StartsWith("this.", StringComparison.Ordinal) || reference[0] is '"' or '\'' || char.IsDigit(reference[0])
            || reference.Contains('=', StringComparison.Ordinal) || reference is "true" or "false" or "null")
        {
            return null;
        }

        var end = reference.IndexOfAny(['.', '[']);
        return end < 0 ? reference : reference[..end];
    }

    [GeneratedRegex(@"\{\{\{?~?\s*([#/^!>]?)\s*([^}]*?)\s*~?\}\}\}?")]
    private static partial Regex Mustache();

    [GeneratedRegex(@"line (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex LinePosition();
}
