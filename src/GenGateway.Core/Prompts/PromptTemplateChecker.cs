using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using GenGateway.Core.Prompts.Handlebars;
using HandlebarsDotNet;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Prompts;

/// <summary>
/// The load-time checks SK does not make: a template block SK cannot parse is reported at its line (SK throws
/// without a position), a variable the template uses but <c>input_variables</c> does not declare is an error (SK
/// silently adds it), and SK function calls are rejected because the gateway's Kernel has no plugins to call.
/// </summary>
internal static partial class PromptTemplateChecker
{
    public static IEnumerable<TemplateProblem> Check(PromptTemplateConfig config)
    {
        var problems = string.Equals(config.TemplateFormat, HandlebarsPromptTemplateFactory.Format, StringComparison.OrdinalIgnoreCase)
            ? CheckHandlebars(config)
            : CheckSemanticKernel(config);
        if (problems.Count == 0 && CheckMessages(config.Template) is { } messages)
        {
            problems.Add(messages);
        }

        return problems;
    }

    /// <summary>
    /// A template with <c>&lt;message&gt;</c> tags must be well-formed XML once its blocks are filled (values are
    /// encoded, so they cannot change that): otherwise SK would silently send the whole text as one user message.
    /// </summary>
    private static TemplateProblem? CheckMessages(string template)
    {
        if (!template.Contains("<message", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var filled = AnyBlock().Replace(template, "x");
        try
        {
            using var reader = XmlReader.Create(new StringReader("<root>" + filled + "</root>"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }

            return null;
        }
        catch (XmlException ex)
        {
            return new TemplateProblem(ex.LineNumber, Math.Max(1, ex.LinePosition - (ex.LineNumber == 1 ? 6 : 0)),
                "the template's <message> tags are not well-formed XML, so SK would send the whole prompt as one user message ("
                + ex.Message + "); write a literal '<' as &lt; and '&' as &amp;");
        }
    }

    private static List<TemplateProblem> CheckSemanticKernel(PromptTemplateConfig config)
    {
        var problems = new List<TemplateProblem>();
        var declared = config.InputVariables.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var factory = new KernelPromptTemplateFactory();
        foreach (Match block in SkBlock().Matches(config.Template))
        {
            var content = block.Groups[1].Value.Trim();
            try
            {
                // SK's own tokenizer decides what the block is; one block at a time so the error has a position.
                factory.Create(new PromptTemplateConfig(block.Value));
            }
            catch (KernelException ex)
            {
                problems.Add(TemplateProblem.AtOffset(config.Template, block.Index, "template syntax error: " + ex.Message));
                continue;
            }

            if (content.StartsWith('$'))
            {
                var name = content[1..];
                if (!declared.Contains(name))
                {
                    problems.Add(TemplateProblem.AtOffset(config.Template, block.Index,
                        $"template uses variable '${name}' that is not declared in input_variables"));
                }
            }
            else if (!(content.Length >= 2 && content[0] is '"' or '\'' && content[^1] == content[0]))
            {
                problems.Add(TemplateProblem.AtOffset(config.Template, block.Index,
                    $"function call '{{{{{content}}}}}' is not supported: the gateway's Kernel has no plugins; use {{{{$variable}}}} or a quoted literal"));
            }
        }

        return problems;
    }

    private static List<TemplateProblem> CheckHandlebars(PromptTemplateConfig config)
    {
        var problems = new List<TemplateProblem>();
        try
        {
            HandlebarsDotNet.Handlebars.Create().Compile(config.Template);
        }
        catch (HandlebarsException ex)
        {
            var position = LinePosition().Match(ex.Message);
            var line = position.Success ? int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
            problems.Add(new TemplateProblem(line, 1, "handlebars syntax error: " + ex.Message));
            return problems;
        }

        var declared = config.InputVariables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var scopeDepth = 0;
        foreach (Match match in Mustache().Matches(config.Template))
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
            IEnumerable<string> references = scopeDepth > 0 ? [] : sigil == "#" || words.Length > 1 ? words.Skip(1) : words;
            if (opensScope)
            {
                // Inside these blocks names resolve against the item, which the declaration cannot describe.
                scopeDepth++;
            }

            foreach (var reference in references)
            {
                if (RootName(reference) is { } root && !declared.Contains(root))
                {
                    problems.Add(TemplateProblem.AtOffset(config.Template, match.Index,
                        $"template uses variable '{root}' that is not declared in input_variables"));
                }
            }
        }

        return problems;
    }

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

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex SkBlock();

    [GeneratedRegex(@"\{\{\{?.*?\}\}\}?", RegexOptions.Singleline)]
    private static partial Regex AnyBlock();

    [GeneratedRegex(@"\{\{\{?~?\s*([#/^!>]?)\s*([^}]*?)\s*~?\}\}\}?")]
    private static partial Regex Mustache();

    [GeneratedRegex(@"line (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex LinePosition();
}
