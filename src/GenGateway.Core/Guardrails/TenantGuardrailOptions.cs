namespace GenGateway.Core.Guardrails;

/// <summary>One tenant's policy under <c>GenGateway:Guardrail:Tenants:&lt;tenant&gt;</c>.</summary>
public sealed class TenantGuardrailOptions
{
    /// <summary>Phrases that must never appear in released text.</summary>
    public List<string> BannedPhrases { get; set; } = [];

    /// <summary>Competitor names that must never appear in released text.</summary>
    public List<string> Competitors { get; set; } = [];

    /// <summary>Whether emoji may appear at all.</summary>
    public bool EmojiAllowed { get; set; } = true;

    /// <summary>Most emoji per candidate when allowed.</summary>
    public int MaxEmoji { get; set; } = 2;

    /// <summary>Thresholds for this tenant, over the task's.</summary>
    public ThresholdOptions Thresholds { get; set; } = new();
}
