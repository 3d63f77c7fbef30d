namespace GenGateway.Profiles.Building;

/// <summary>A user's style and interests in readable form; a trait with no evidence is null.</summary>
public sealed record ProfileTraits
{
    /// <summary>Median words per sent message (recency-weighted).</summary>
    public int? TypicalLengthWords { get; init; }

    /// <summary><c>formal</c>, <c>neutral</c> or <c>casual</c>: the most common register.</summary>
    public string? Formality { get; init; }

    /// <summary>Share of sent messages with at least one emoji, 0..1.</summary>
    public double? EmojiRate { get; init; }

    /// <summary>The usual opening (<c>Hi</c>, <c>Dear</c>), or <c>none</c> when most messages have none.</summary>
    public string? Greeting { get; init; }

    /// <summary>Share of sent messages that open with a greeting, 0..1.</summary>
    public double? GreetingRate { get; init; }

    /// <summary>The usual closing (<c>Thanks</c>, <c>Best regards</c>), or <c>none</c>.</summary>
    public string? SignOff { get; init; }

    /// <summary>Share of sent messages that end with a closing phrase, 0..1.</summary>
    public double? SignOffRate { get; init; }

    /// <summary>ISO 639-1 code of the language most messages are in.</summary>
    public string? Language { get; init; }

    /// <summary>Strongest terms of the content the user engaged with, most recent engagement weighing most.</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];
}
