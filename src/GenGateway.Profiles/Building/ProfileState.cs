namespace GenGateway.Profiles.Building;

/// <summary>
/// The running sums a profile is read from, persisted as JSON. Every weight is relative to <see cref="Anchor"/> (the
/// newest event seen), so folding events in any order gives the same state, and a rebuild from the store reproduces it.
/// </summary>
internal sealed class ProfileState
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    public string Tenant { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>Events folded in; also the profile's version.</summary>
    public long Version { get; set; }

    /// <summary>Newest event time; a weight of 1 means "as recent as this".</summary>
    public DateTimeOffset? Anchor { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Sent messages analysed for style.</summary>
    public int Messages { get; set; }

    public double MessageWeight { get; set; }

    /// <summary>Recency weight by message length in words.</summary>
    public SortedDictionary<int, double> Lengths { get; set; } = [];

    public Dictionary<string, double> Formality { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Weight of the messages that hold at least one emoji.</summary>
    public double EmojiWeight { get; set; }

    public Dictionary<string, double> Greetings { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> SignOffs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Messages whose language could be told.</summary>
    public int LanguageMessages { get; set; }

    public Dictionary<string, double> Languages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Weighted sum of the sent messages' vectors (style centroid; never shown).</summary>
    public float[]? StyleVector { get; set; }

    /// <summary>Engagement events folded into interests.</summary>
    public int Engagements { get; set; }

    public Dictionary<string, double> Terms { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Weighted sum of engaged content vectors (interest centroid; never shown).</summary>
    public float[]? InterestVector { get; set; }

    /// <summary>True when nothing the profile reads from has arrived.</summary>
    public bool IsEmpty => Messages == 0 && Engagements == 0;
}
