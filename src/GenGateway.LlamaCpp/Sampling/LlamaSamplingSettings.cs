namespace GenGateway.LlamaCpp.Sampling;

/// <summary>How one generation samples tokens; built from <c>ChatOptions</c> by <see cref="LlamaSamplingSettingsMapper"/>.</summary>
public sealed record LlamaSamplingSettings
{
    /// <summary>Softmax temperature; 0 means greedy (always the most likely token).</summary>
    public float Temperature { get; init; } = 0.8f;

    /// <summary>Keep the smallest set of tokens whose probabilities add up to this; 1 disables.</summary>
    public float TopP { get; init; } = 0.95f;

    /// <summary>Keep only the K most likely tokens; 0 disables.</summary>
    public int TopK { get; init; } = 40;

    /// <summary>Drop tokens less likely than this fraction of the most likely one; 0 disables.</summary>
    public float MinP { get; init; } = 0.05f;

    /// <summary>Divides the logits of recently seen tokens; 1 disables.</summary>
    public float RepeatPenalty { get; init; } = 1.0f;

    /// <summary>How many recent tokens the penalties look at.</summary>
    public int RepeatLastN { get; init; } = 64;

    /// <summary>OpenAI-style frequency penalty; 0 disables.</summary>
    public float FrequencyPenalty { get; init; }

    /// <summary>OpenAI-style presence penalty; 0 disables.</summary>
    public float PresencePenalty { get; init; }

    /// <summary>Seed for the random sampler; null draws one per request.</summary>
    public uint? Seed { get; init; }

    /// <summary>Maximum tokens to generate.</summary>
    public int MaxTokens { get; init; } = 512;

    /// <summary>Text sequences that end generation; they are not included in the output.</summary>
    public IReadOnlyList<string> StopSequences { get; init; } = [];

    /// <summary>GBNF grammar constraining the output, or null.</summary>
    public string? Grammar { get; init; }

    /// <summary>Start symbol of <see cref="Grammar"/>.</summary>
    public string GrammarRoot { get; init; } = "root";
}
