using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace GenGateway.Core.Prompts.Yaml;

/// <summary>
/// Reads one <c>execution_settings</c> entry into SK's <see cref="PromptExecutionSettings"/>: <c>model_id</c> into
/// <see cref="PromptExecutionSettings.ModelId"/>, every other key into <see cref="PromptExecutionSettings.ExtensionData"/>,
/// where SK's <c>ToChatOptions</c> maps the known names (temperature, max_tokens, seed, top_p, stop_sequences, ...).
/// </summary>
/// <remarks>
/// YamlDotNet cannot bind the type itself (it has no <c>seed</c> property). Scalars stay text (SK converts them with
/// the invariant culture); a list of scalars becomes a list of strings so <c>stop_sequences</c> converts too.
/// </remarks>
internal sealed class ExecutionSettingsYamlConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(PromptExecutionSettings);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var start = parser.Consume<MappingStart>();
        var settings = new PromptExecutionSettings();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (key.Value == "model_id")
            {
                settings.ModelId = parser.Consume<Scalar>().Value;
                continue;
            }

            if (key.Value is "service_id" or "function_choice_behavior")
            {
                throw new YamlException(key.Start, key.End, $"execution setting '{key.Value}' is not supported here; the service id is the key above it");
            }

            (settings.ExtensionData ??= new Dictionary<string, object>(StringComparer.Ordinal))[key.Value] = ReadValue(parser, key.Value);
        }

        _ = start;
        return settings;
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException("Prompt files are only read.");

    private static object ReadValue(IParser parser, string key)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return scalar.Value;
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<string>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var item = parser.Current!;
                items.Add(parser.TryConsume<Scalar>(out var s)
                    ? s.Value
                    : throw new YamlException(item.Start, item.End, $"execution setting '{key}' must be a list of text values"));
            }

            return items;
        }

        var current = parser.Current!;
        throw new YamlException(current.Start, current.End, $"execution setting '{key}' must be a value or a list of values");
    }
}
