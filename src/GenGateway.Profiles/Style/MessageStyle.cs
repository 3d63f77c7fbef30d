namespace GenGateway.Profiles.Style;

/// <summary>Style features of one message the user wrote.</summary>
/// <param name="Words">Number of words.</param>
/// <param name="Formality">One of the <c>TraitNames</c> formality values.</param>
/// <param name="Emoji">Emoji and emoticons written.</param>
/// <param name="Greeting">The opening word(s) when the message opens with a greeting (<c>Hi</c>, <c>Dear</c>), else null.</param>
/// <param name="SignOff">The closing phrase when the message ends with one (<c>Thanks</c>, <c>Best regards</c>), else null.</param>
/// <param name="Language">ISO 639-1 code when the text says enough to tell, else null.</param>
public sealed record MessageStyle(int Words, string Formality, int Emoji, string? Greeting, string? SignOff, string? Language);
