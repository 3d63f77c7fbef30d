namespace GenGateway.Core.Personalization;

/// <summary>What the gateway knows about a user's style, ready for a prompt.</summary>
public sealed record PersonalizationContext
{
    /// <summary>The context for a user with no history, or without consent.</summary>
    public static readonly PersonalizationContext ColdStart = new();

    /// <summary>True when nothing personal was used.</summary>
    public bool IsColdStart { get; init; } = true;

    /// <summary>Whether the user had consented to personalization when this context was built (part of the answer cache key).</summary>
    public bool PersonalizationConsent { get; init; }

    /// <summary>Profile version the traits came from.</summary>
    public long ProfileVersion { get; init; }

    /// <summary>Readable style traits by name (for example <c>formality</c> → <c>casual</c>).</summary>
    public IReadOnlyDictionary<string, string> Traits { get; init; } = new Dictionary<string, string>();

    /// <summary>The user's own past messages most similar to the request, as style examples (already redacted).</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];
}
