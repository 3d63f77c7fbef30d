namespace GenGateway.Evaluation.Tone;

/// <summary>Three-way politeness, as in the Stanford Politeness Corpus quartiles.</summary>
public enum PolitenessLevel
{
    /// <summary>Rude, curt or confrontational.</summary>
    Impolite,

    /// <summary>Neither notably polite nor rude.</summary>
    Neutral,

    /// <summary>Softened, grateful, deferential.</summary>
    Polite,
}
