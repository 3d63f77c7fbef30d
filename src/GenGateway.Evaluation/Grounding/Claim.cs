namespace GenGateway.Evaluation.Grounding;

/// <summary>One checkable claim found in a text, normalized for comparison.</summary>
/// <param name="Kind">What kind of claim it is.</param>
/// <param name="Start">Offset in the text.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Text">The claim as written.</param>
/// <param name="Value">Normalized value: the amount for money, percent and numbers; minutes for times and
/// durations; month*100+day for dates; the <see cref="DayOfWeek"/> number for weekdays.</param>
/// <param name="Key">Normalized text key: the ISO currency ("USD", or "" when unknown), the URL or email without
/// decoration, the phone digits, the lower-cased entity or the promise's lexicon entry.</param>
/// <param name="Raw">The number as written before unit conversion (e.g. 2 for "2 days"), for bare-number support.</param>
public sealed record Claim(ClaimKind Kind, int Start, int Length, string Text, decimal Value, string Key, decimal Raw);
