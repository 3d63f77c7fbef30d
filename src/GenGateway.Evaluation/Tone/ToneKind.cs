namespace GenGateway.Evaluation.Tone;

/// <summary>The tones a caller can request.</summary>
public enum ToneKind
{
    /// <summary>Plain, unemotional.</summary>
    Neutral,

    /// <summary>Formal register: no slang, contractions or emoji.</summary>
    Formal,

    /// <summary>Casual register: contractions, informal words welcome.</summary>
    Casual,

    /// <summary>Warm and polite.</summary>
    Friendly,

    /// <summary>Light, fun, exclamations and emoji welcome.</summary>
    Playful,

    /// <summary>Time pressure and calls to act now.</summary>
    Urgent,

    /// <summary>Understanding and caring; never pushy.</summary>
    Empathetic,
}
