using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GenGateway.Core.Prompts;

/// <summary>
/// Reads one prompt file in Semantic Kernel's prompt-template YAML schema into a <see cref="PromptFunction"/>,
/// collecting every problem with its line instead of stopping at the first.
/// </summary>
/// <remarks>
/// The YAML is walked through YamlDotNet's representation model rather than deserialized into a class so that
/// every error, including ones found later in the template text, can name the line it is on.
/// </remarks>
public static class PromptFileParser
{
    private static readonly FrozenSet<string> TopLevelKeys = FrozenSet.ToFrozenSet(
    [
        "name", "description", "template_format", "template", "input_variables", "output_variable",
        "execution_settings", "allow_dangerously_set_content", "allow_unsafe_content",
    ]);

    private static readonly FrozenSet<string> InputKeys = FrozenSet.ToFrozenSet(
    [
        "name", "description", "default", "is_required", "json_schema", "allow_dangerously_set_content", "allow_unsafe_content", "sample",
    ]);

    /// <summary>Parses prompt YAML; <paramref name="path"/> is used in error messages.</summary>
    public static (PromptFunction? Function, IReadOnlyList<PromptError> Errors) Parse(string path, string yaml)
    {
        var errors = new List<PromptError>();
        var root = LoadRoot(path, yaml, errors);
        if (root is null)
        {
            return (null, errors);
        }

        foreach (var key in root.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!TopLevelKeys.Contains(name))
            {
                errors.Add(At(path, key, $"unknown key '{name}'; expected one of: {string.Join(", ", TopLevelKeys.Order())}"));
            }
        }

        var functionName = Scalar(root, "name", path, errors);
        if (string.IsNullOrWhiteSpace(functionName))
        {
            errors.Add(new PromptError(path, 1, 1, "'name' is required"));
        }

        var format = Scalar(root, "template_format", path, errors) ?? "semantic-kernel";
        if (!PromptTemplateFormats.IsKnown(format))
        {
            errors.Add(At(path, Node(root, "template_format")!, $"unsupported template_format '{format}'; use 'semantic-kernel' or 'handlebars'"));
        }

        var templateNode = Node(root, "template") as YamlScalarNode;
        if (templateNode?.Value is not { Length: > 0 } template)
        {
            errors.Add(new PromptError(path, 1, 1, "'template' is required and must be text"));
            return (null, errors);
        }

        var inputs = ParseInputs(root, path, errors);
        var settings = ParseSettings(root, path, errors);
        var output = Node(root, "output_variable") as YamlMappingNode;
        var allowAll = Bool(root, "allow_dangerously_set_content", path, errors) || Bool(root, "allow_unsafe_content", path, errors);

        var function = new PromptFunction
        {
            Name = functionName ?? string.Empty,
            Description = Scalar(root, "description", path, errors),
            TemplateFormat = format,
            Template = template,
            InputVariables = inputs,
            OutputDescription = output is null ? null : Scalar(output, "description", path, errors),
            ExecutionSettings = settings,
            AllowDangerouslySetContent = allowAll,
            SourcePath = path,
            Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))[..12],
        };

        if (PromptTemplateFormats.IsKnown(format))
        {
            var templateFirstLine = TemplateFirstLine(templateNode);
            foreach (var problem in PromptTemplateFormats.Check(function))
            {
                errors.Add(new PromptError(path, templateFirstLine + problem.Line - 1, problem.Column, problem.Message));
            }
        }

        return (errors.Count == 0 ? function : null, errors);
    }

    private static YamlMappingNode? LoadRoot(string path, string yaml, List<PromptError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            errors.Add(new PromptError(path, (int)ex.Start.Line, (int)ex.Start.Column, "YAML syntax error: " + StripPosition(message)));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new PromptError(path, 1, 1, "expected a YAML mapping with name, template and input_variables"));
            return null;
        }

        return root;
    }

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: ..) - (Line ..): "; the position is reported separately.
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && marker > 0 ? message[(marker + 3)..] : message;
    }

    private static List<InputVariable> ParseInputs(YamlMappingNode root, string path, List<PromptError> errors)
    {
        var result = new List<InputVariable>();
        var node = Node(root, "input_variables");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlSequenceNode sequence)
        {
            errors.Add(At(path, node, "'input_variables' must be a list"));
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode map)
            {
                errors.Add(At(path, item, "each input variable must be a mapping with at least 'name'"));
                continue;
            }

            foreach (var key in map.Children.Keys)
            {
                var keyName = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!InputKeys.Contains(keyName))
                {
                    errors.Add(At(path, key, $"unknown input variable key '{keyName}'"));
                }
            }

            var name = Scalar(map, "name", path, errors);
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(At(path, item, "input variable without 'name'"));
                continue;
            }

            if (!seen.Add(name))
            {
                errors.Add(At(path, item, $"input variable '{name}' is declared twice"));
            }

            var schema = Node(map, "json_schema");
            result.Add(new InputVariable
            {
                Name = name,
                Description = Scalar(map, "description", path, errors),
                Default = Scalar(map, "default", path, errors),
                IsRequired = Node(map, "is_required") is null || Bool(map, "is_required", path, errors),
                JsonSchema = schema is YamlScalarNode s ? s.Value : schema?.ToString(),
                AllowDangerouslySetContent = Bool(map, "allow_dangerously_set_content", path, errors) || Bool(map, "allow_unsafe_content", path, errors),
            });
        }

        return result;
    }

    private static FrozenDictionary<string, PromptExecutionSettings> ParseSettings(YamlMappingNode root, string path, List<PromptError> errors)
    {
        var node = Node(root, "execution_settings");
        if (node is null)
        {
            return FrozenDictionary<string, PromptExecutionSettings>.Empty;
        }

        if (node is not YamlMappingNode services)
        {
            errors.Add(At(path, node, "'execution_settings' must be a mapping keyed by service id (use 'default' as the fallback)"));
            return FrozenDictionary<string, PromptExecutionSettings>.Empty;
        }

        var result = new Dictionary<string, PromptExecutionSettings>(StringComparer.Ordinal);
        foreach (var (key, value) in services.Children)
        {
            var serviceId = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (value is not YamlMappingNode map)
            {
                errors.Add(At(path, value, $"execution_settings.{serviceId} must be a mapping"));
                continue;
            }

            var extra = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var name = (k as YamlScalarNode)?.Value ?? string.Empty;
                if (name is not ("model_id" or "temperature" or "top_p" or "max_tokens" or "seed" or "stop_sequences") && v is YamlScalarNode sv)
                {
                    extra[name] = sv.Value ?? string.Empty;
                }
            }

            result[serviceId] = new PromptExecutionSettings
            {
                ModelId = Scalar(map, "model_id", path, errors),
                Temperature = Number(map, "temperature", path, errors) is { } t ? (float)t : null,
                TopP = Number(map, "top_p", path, errors) is { } p ? (float)p : null,
                MaxTokens = Number(map, "max_tokens", path, errors) is { } m ? (int)m : null,
                Seed = Number(map, "seed", path, errors) is { } seed ? (long)seed : null,
                StopSequences = Node(map, "stop_sequences") is YamlSequenceNode stops
                    ? [.. stops.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)]
                    : null,
                Extra = extra,
            };
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static int TemplateFirstLine(YamlScalarNode node) =>
        node.Style is ScalarStyle.Literal or ScalarStyle.Folded ? (int)node.Start.Line + 1 : (int)node.Start.Line;

    private static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode map, string key, string path, List<PromptError> errors)
    {
        var node = Node(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        errors.Add(At(path, node, $"'{key}' must be text"));
        return null;
    }

    private static bool Bool(YamlMappingNode map, string key, string path, List<PromptError> errors)
    {
        var text = Scalar(map, key, path, errors);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(At(path, Node(map, key)!, $"'{key}' must be true or false"));
        return false;
    }

    private static double? Number(YamlMappingNode map, string key, string path, List<PromptError> errors)
    {
        var text = Scalar(map, key, path, errors);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(At(path, Node(map, key)!, $"'{key}' must be a number"));
        return null;
    }

    private static PromptError At(string path, YamlNode node, string message) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, message);
}
