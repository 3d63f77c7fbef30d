using System.Security.Cryptography;
using System.Text;
using GenGateway.Core.Prompts.Yaml;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GenGateway.Core.Prompts;

/// <summary>
/// Reads one prompt file into SK's <see cref="PromptTemplateConfig"/> (YamlDotNet with SK's underscored names, as
/// SK's own YAML package does) and creates its <see cref="KernelFunction"/>; every problem names the file and line.
/// </summary>
public static class PromptFileParser
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new ExecutionSettingsYamlConverter())
        .Build();

    /// <summary>Parses prompt YAML; <paramref name="path"/> is used in error messages.</summary>
    public static (PromptFunction? Function, IReadOnlyList<PromptError> Errors) Parse(string path, string yaml)
    {
        var errors = new List<PromptError>();
        if (Locate(path, yaml, errors) is not { } located)
        {
            return (null, errors);
        }

        PromptTemplateConfig config;
        try
        {
            config = Deserializer.Deserialize<PromptTemplateConfig>(new SettingAliasParser(new Parser(new StringReader(yaml))));
        }
        catch (YamlException ex)
        {
            errors.Add(new PromptError(path, (int)ex.Start.Line, (int)ex.Start.Column, Describe(ex)));
            return (null, errors);
        }

        if (string.IsNullOrWhiteSpace(config.Name))
        {
            errors.Add(new PromptError(path, 1, 1, "'name' is required"));
        }

        if (string.IsNullOrWhiteSpace(config.Template))
        {
            errors.Add(new PromptError(path, 1, 1, "'template' is required and must be text"));
        }

        if (!PromptTemplateFormats.IsKnown(config.TemplateFormat))
        {
            errors.Add(new PromptError(path, located.FormatLine, 1,
                $"unsupported template_format '{config.TemplateFormat}'; use '{PromptTemplateFormats.SemanticKernel}' or '{PromptTemplateFormats.Handlebars}'"));
        }

        foreach (var duplicate in config.InputVariables.GroupBy(v => v.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new PromptError(path, located.InputsLine, 1, $"input variable '{duplicate.Key}' is declared twice"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        foreach (var problem in PromptTemplateChecker.Check(config))
        {
            errors.Add(new PromptError(path, located.TemplateLine + problem.Line - 1, problem.Column, problem.Message));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))[..12];
        try
        {
            return (PromptFunction.Create(config, path, version), errors);
        }
        catch (Exception ex) when (ex is ArgumentException or KernelException)
        {
            // SK's own validation (for example a name with characters a function name cannot have).
            errors.Add(new PromptError(path, 1, 1, ex.Message));
            return (null, errors);
        }
    }

    // One pass with the representation model: syntax errors with their position, and where the keys that later
    // checks report on start.
    private static Located? Locate(string path, string yaml, List<PromptError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add(new PromptError(path, (int)ex.Start.Line, (int)ex.Start.Column, "YAML syntax error: " + Describe(ex)));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new PromptError(path, 1, 1, "expected a YAML mapping with name, template and input_variables"));
            return null;
        }

        int Line(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (int)node.Start.Line : 1;
        var templateLine = root.Children.TryGetValue(new YamlScalarNode("template"), out var template) && template is YamlScalarNode scalar
            ? (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded ? (int)scalar.Start.Line + 1 : (int)scalar.Start.Line)
            : 1;
        return new Located(templateLine, Line("template_format"), Line("input_variables"));
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: ..) - (Line ..): "; the position is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line", StringComparison.Ordinal) && marker > 0 ? message[(marker + 3)..] : message;
        return message
            .Replace("on type 'Microsoft.SemanticKernel.PromptTemplateConfig'", "in a prompt file", StringComparison.Ordinal)
            .Replace("on type 'Microsoft.SemanticKernel.InputVariable'", "in an input variable", StringComparison.Ordinal)
            .Replace("on type 'Microsoft.SemanticKernel.OutputVariable'", "in output_variable", StringComparison.Ordinal);
    }

    private sealed record Located(int TemplateLine, int FormatLine, int InputsLine);
}
