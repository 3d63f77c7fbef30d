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

        return options;
    }
}
