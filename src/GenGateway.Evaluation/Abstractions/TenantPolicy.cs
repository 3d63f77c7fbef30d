namespace GenGateway.Evaluation;

/// <summary>What one tenant allows in released text.</summary>
public sealed record TenantPolicy
{
    /// <summary>A policy with no banned phrases or competitors, emoji allowed, default thresholds.</summary>
    public static TenantPolicy Default { get; } = new();

    /// <summary>Phrases that must never appear (matched case-insensitively on word boundaries).</summary>
    public IReadOnlyList<string> BannedPhrases { get; init; } = [];

    /// <summary>Competitor names or products that must never be mentioned.</summary>
    public IReadOnlyList<string> CompetitorNames { get; init; } = [];

    /// <summary>Whether emoji may appear at all.</summary>
    public bool EmojiAllowed { get; init; } = true;

    /// <summary>Most emoji one candidate may carry when emoji are allowed.</summary>
    public int MaxEmoji { get; init; } = 2;

    /// <summary>Tenant-specific thresholds; when null, the guardrail's per-task thresholds apply.</summary>
    public EvaluationThresholds? Thresholds { get; init; }
}
