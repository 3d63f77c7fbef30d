using System.Text;
using System.Text.RegularExpressions;

namespace GenGateway.Core.Prompts;

/// <summary>
/// Semantic Kernel's template syntax: <c>{{$name}}</c> inserts a variable, <c>{{"text"}}</c> a literal.
/// Function calls (<c>{{plugin.fn $x}}</c>) are rejected at load time: the gateway has no plugins to call.
/// </summary>
public sealed partial class SemanticKernelTemplateEngine : IPromptTemplateEngine
{
    /// <inheritdoc />
    public string Format => PromptTemplateFormats.SemanticKernel;

    /// <inheritdoc />
    public IEnumerable<TemplateProblem> Check(PromptFunction function)
    {
        var declared = function.InputVariables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var template = function.Template;
        foreach (var block in Blocks(template))
        {
            if (block.Error is not null)
            {
                yield return TemplateProblem.AtOffset(template, block.Offset, block.Error);
            }
            else if (block.Variable is { } name && !declared.Contains(name))
            {
                yield return TemplateProblem.AtOffset(template, block.Offset,
                    $"template uses variable '${name}' that is not declared in input_variables");
            }
        }
    }

    /// <inheritdoc />
    public string Render(PromptFunction function, IReadOnlyDictionary<string, object?> values)
    {
        var template = function.Template;
        var output = new StringBuilder(template.Length * 2);
        var last = 0;
        foreach (var block in Blocks(template))
        {
            output.Append(template, last, block.Offset - last);
            last = block.Offset + block.Length;
            if (block.Error is not null)
            {
                throw new InvalidOperationException($"{function.SourcePath}: {block.Error}");
            }

            if (block.Literal is not null)
            {
                output.Append(block.Literal);
                continue;
            }

            var name = block.Variable!;
            var variable = function.InputVariables.FirstOrDefault(v => v.Name == name);
            values.TryGetValue(name, out var value);
            var text = ValueText.ToText(value);
            if (text.Length == 0 && variable?.Default is { } fallback)
            {
                text = fallback;
            }

            var trusted = function.AllowDangerouslySetContent || variable?.AllowDangerouslySetContent == true;
            output.Append(trusted ? text : ValueText.Encode(text));
        }

        output.Append(template, last, template.Length - last);
        return output.ToString();
    }

    private static IEnumerable<Block> Blocks(string template)
    {
        foreach (Match match in BlockPattern().Matches(template))
        {
            var content = match.Groups[1].Value.Trim();
            if (content.Length == 0)
            {
                yield return new Block(match.Index, match.Length, null, null, "empty '{{ }}' block");
            }
            else if (content[0] == '$')
            {
                var name = content[1..];
                yield return VariableName().IsMatch(name)
                    ? new Block(match.Index, match.Length, name, null, null)
                    : new Block(match.Index, match.Length, null, null, $"invalid variable name '{content}'");
            }
            else if (content.Length >= 2 && (content[0] is '"' or '\'') && content[^1] == content[0])
            {
                yield return new Block(match.Index, match.Length, null, content[1..^1], null);
            }
            else
            {
                yield return new Block(match.Index, match.Length, null, null,
                    $"function call '{{{{{content}}}}}' is not supported; only {{{{$variable}}}} and quoted literals are");
            }
        }
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();

    private sealed record Block(int Offset, int Length, string? Variable, string? Literal, string? Error);
}
