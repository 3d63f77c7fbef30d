namespace GenGateway.Core.Personalization;

/// <summary>Names of the style traits a <see cref="PersonalizationContext"/> may carry, and the values rules read.</summary>
public static class TraitNames
{
    /// <summary>Typical message length.</summary>
    public const string Length = "length";

    /// <summary>Register: <see cref="Formal"/>, <see cref="Neutral"/> or <see cref="Casual"/>.</summary>
    public const string Formality = "formality";

    /// <summary>How often the user writes emoji; the value starts with <see cref="Often"/>, <c>sometimes</c> or <c>rarely</c>.</summary>
    public const string Emoji = "emoji";

    /// <summary>How the user usually opens a message.</summary>
    public const string Greeting = "greeting";

    /// <summary>How the user usually signs off.</summary>
    public const string SignOff = "signOff";

    /// <summary>The language the user writes in (ISO 639-1).</summary>
    public const string Language = "language";

    /// <summary>Topics of the content the user engaged with.</summary>
    public const string Interests = "interests";

    /// <summary>Formality value: formal register.</summary>
    public const string Formal = "formal";

    /// <summary>Formality value: neither formal nor casual.</summary>
    public const string Neutral = "neutral";

    /// <summary>Formality value: casual register.</summary>
    public const string Casual = "casual";

    /// <summary>Prefix of the emoji value when the user writes emoji in a good share of messages.</summary>
    public const string Often = "often";
}
