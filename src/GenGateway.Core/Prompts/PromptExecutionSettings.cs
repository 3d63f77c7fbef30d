using System.Globalization;
using Microsoft.Extensions.AI;

namespace GenGateway.Core.Prompts;

/// <summary>One entry of <c>execution_settings</c>: model id and sampling settings.</summary>
public sealed record PromptExecutionSettings
{
    /// <summary>Settings with nothing set.</summary>
    public static readonly PromptExecutionSettings Empty = new();

    /// <summary>Model the settings are for, if pinned.</summary>
    public string? ModelId { get; init; }

    /// <summary>Sampling temperature.</summary>
    public float? Temperature { get; init; }

    /// <summary>Nucleus sampling mass.</summary>
    public float? TopP { get; init; }

    /// <summary>Output token budget.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Sampling seed, where the provider supports it.</summary>
    public long? Seed { get; init; }

    /// <summary>Stop sequences.</summary>
    public IReadOnlyList<string>? StopSequences { get; init; }

    /// <summary>Settings this gateway does not interpret, passed on as additional properties.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>Builds chat options from these settings.</summary>
    public ChatOptions ToChatOptions()
    {
        var options = new ChatOptions
        {
            ModelId = ModelId,
            Temperature = Temperature,
            TopP = TopP,
            MaxOutputTokens = MaxTokens,
            Seed = Seed,
        };
        if (StopSequences is { Count: > 0 })
        {
            options.StopSequences = [.. StopSequences];
        }

        // ChatOptions has typed slots for these; everything else (min_p, repeat_penalty, ...) goes on as text for the
        // providers that understand it (the local llama.cpp provider reads min_p, repeat_penalty, repeat_last_n, grammar).
        foreach (var (name, value) in Extra)
        {
            switch (name)
            {
                case "top_k" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var topK):
                    options.TopK = topK;
                    break;
                case "frequency_penalty" when float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var frequency):
                    options.FrequencyPenalty = frequency;
                    break;
                case "presence_penalty" when float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var presence):
                    options.PresencePenalty = presence;
                    break;
                default:
                    (options.AdditionalProperties ??= [])[name] = value;
                    break;
            }
        }

        return options;
    }
}
