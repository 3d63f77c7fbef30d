using System.Collections.Frozen;

namespace GenGateway.Core.Validation;

/// <summary>The closed vocabularies requests are validated against.</summary>
public static class KnownValues
{
    /// <summary>Tones a caller may request.</summary>
    public static readonly FrozenSet<string> Tones = FrozenSet.ToFrozenSet(
        ["friendly", "formal", "casual", "playful", "urgent", "empathetic", "neutral", "professional"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>UI element kinds.</summary>
    public static readonly FrozenSet<string> UiElements = FrozenSet.ToFrozenSet(
        ["cta", "banner", "onboarding-tip", "empty-state", "notification", "tooltip", "error", "headline"],
        StringComparer.OrdinalIgnoreCase);
}
