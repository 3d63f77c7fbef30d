using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp.Sampling;

/// <summary>Maps <see cref="ChatOptions"/> onto <see cref="LlamaSamplingSettings"/>.</summary>
/// <remarks>
/// Options without a ChatOptions property are read from <see cref="ChatOptions.AdditionalProperties"/>:
/// <c>min_p</c>, <c>repeat_penalty</c>, <c>repeat_last_n</c> and <c>grammar</c> (a GBNF text, which wins over
/// <see cref="ChatOptions.ResponseFormat"/>). A JSON response format selects a JSON grammar; a JSON schema of an
/// array of strings selects <see cref="GbnfGrammars.JsonArrayOfStrings"/>.
/// </remarks>
public static class LlamaSamplingSettingsMapper
{
    /// <summary>AdditionalProperties key for a GBNF grammar.</summary>
    public const string GrammarKey = "grammar";

    /// <summary>AdditionalProperties key for min-p.</summary>
    public const string MinPKey = "min_p";

    /// <summary>AdditionalProperties key for the repeat penalty.</summary>
    public const string RepeatPenaltyKey = "repeat_penalty";

    /// <summary>AdditionalProperties key for the repeat-penalty window.</summary>
    public const string RepeatLastNKey = "repeat_last_n";

    /// <summary>Builds settings from <paramref name="options"/> (null gives the defaults).</summary>
    /// <param name="options">The request's options.</param>
    /// <param name="defaultMaxTokens">Token limit when <see cref="ChatOptions.MaxOutputTokens"/> is not set.</param>
    public static LlamaSamplingSettings FromChatOptions(ChatOptions? options, int defaultMaxTokens)
    {
        var defaults = new LlamaSamplingSettings { MaxTokens = defaultMaxTokens };
        if (options is null)
        {
            return defaults;
        }

        AdditionalPropertiesDictionary? extra = options.AdditionalProperties;
        return defaults with
        {
            Temperature = options.Temperature ?? defaults.Temperature,
            TopP = options.TopP ?? defaults.TopP,
            TopK = options.TopK ?? defaults.TopK,
            MinP = ReadFloat(extra, MinPKey) ?? defaults.MinP,
            RepeatPenalty = ReadFloat(extra, RepeatPenaltyKey) ?? defaults.RepeatPenalty,
            RepeatLastN = (int?)ReadFloat(extra, RepeatLastNKey) ?? defaults.RepeatLastN,
            FrequencyPenalty = options.FrequencyPenalty ?? 0f,
            PresencePenalty = options.PresencePenalty ?? 0f,
            Seed = options.Seed is long seed ? unchecked((uint)seed) : null,
            MaxTokens = options.MaxOutputTokens is > 0 and int max ? max : defaultMaxTokens,
            StopSequences = options.StopSequences?.Where(s => !string.IsNullOrEmpty(s)).ToArray() ?? [],
            Grammar = ReadGrammar(extra, options.ResponseFormat),
        };
    }

    private static string? ReadGrammar(AdditionalPropertiesDictionary? extra, ChatResponseFormat? format)
    {
        if (extra is not null && extra.TryGetValue(GrammarKey, out object? grammar) && grammar is string text && text.Length > 0)
        {
            return text;
        }

        if (format is not ChatResponseFormatJson json)
        {
            return null;
        }

        return json.Schema is JsonElement schema && IsArrayOfStrings(schema) ? GbnfGrammars.JsonArrayOfStrings : GbnfGrammars.Json;
    }

    private static bool IsArrayOfStrings(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && schema.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.GetString() == "array"
        && schema.TryGetProperty("items", out JsonElement items) && items.ValueKind == JsonValueKind.Object
        && items.TryGetProperty("type", out JsonElement itemType) && itemType.ValueKind == JsonValueKind.String
        && itemType.GetString() == "string";

    private static float? ReadFloat(AdditionalPropertiesDictionary? extra, string key)
    {
        if (extra is null || !extra.TryGetValue(key, out object? value) || value is null)
        {
            return null;
        }

        return value switch
        {
            float f => f,
            double d => (float)d,
            int i => i,
            long l => l,
            decimal m => (float)m,
            string s when float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out float parsed) => parsed,
            JsonElement { ValueKind: JsonValueKind.Number } e => e.GetSingle(),
            _ => throw new ArgumentException($"ChatOptions.AdditionalProperties['{key}'] must be a number, not {value.GetType().Name}."),
        };
    }
}
