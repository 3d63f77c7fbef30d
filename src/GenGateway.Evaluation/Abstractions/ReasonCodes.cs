namespace GenGateway.Evaluation;

/// <summary>Stable reason codes of the tone and policy evaluators (grounding codes are <c>grounding.&lt;claim kind&gt;</c>).</summary>
public static class ReasonCodes
{
    /// <summary>The text reads as impolite.</summary>
    public const string Impolite = "tone.impolite";

    /// <summary>Casual features (slang, contractions, emoji) where a formal tone was asked for.</summary>
    public const string TooCasual = "tone.too-casual";

    /// <summary>Formal markers where a casual or playful tone was asked for.</summary>
    public const string TooFormal = "tone.too-formal";

    /// <summary>Negative or hostile words where a friendly or empathetic tone was asked for.</summary>
    public const string Unfriendly = "tone.unfriendly";

    /// <summary>Pressure (urgency words, shouting) where a calm tone was asked for.</summary>
    public const string Pushy = "tone.pushy";

    /// <summary>None of the requested tone's markers are present.</summary>
    public const string Missing = "tone.missing";

    /// <summary>The text's register is far from the user's own formality.</summary>
    public const string StyleFormality = "tone.style-formality";

    /// <summary>Emoji for a user who never uses them.</summary>
    public const string StyleEmoji = "tone.style-emoji";

    /// <summary>Personal data (email, phone, card, IBAN, street address) the grounding does not contain.</summary>
    public const string Pii = "policy.pii";

    /// <summary>A phrase the tenant banned.</summary>
    public const string BannedPhrase = "policy.banned-phrase";

    /// <summary>A competitor's name.</summary>
    public const string Competitor = "policy.competitor";

    /// <summary>A spam-filter trigger word or pattern in a subject line.</summary>
    public const string Spam = "policy.spam";

    /// <summary>Longer than the length limit.</summary>
    public const string Length = "policy.length";

    /// <summary>Emoji where the tenant allows none.</summary>
    public const string Emoji = "policy.emoji";

    /// <summary>More emoji than the tenant allows.</summary>
    public const string EmojiCount = "policy.emoji-count";

    /// <summary>Shouting in capitals.</summary>
    public const string AllCaps = "policy.all-caps";

    /// <summary>Runs of exclamation or question marks.</summary>
    public const string Punctuation = "policy.punctuation";

    /// <summary>The candidate repeats the instructions or system text it was given, or talks about them.</summary>
    public const string PromptEcho = "policy.prompt-echo";

    /// <summary>Codes a deterministic repair can fix (see <c>CandidateRepairer</c>).</summary>
    public static IReadOnlySet<string> Repairable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Length, Emoji, EmojiCount, AllCaps, Punctuation,
    };
}
