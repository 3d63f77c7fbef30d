using System.Collections.Frozen;
using GenGateway.Profiles.Style;

namespace GenGateway.Profiles.Building;

/// <summary>Content words of engaged text: what an interest is described by in the readable profile.</summary>
internal static class InterestTerms
{
    private static readonly FrozenSet<string> Stop = (
        "the and for you your with this that from are was were have has had not but all any can will just our out now new get " +
        "more about what when who how why which their there they them then than its it's into over also only some very been being " +
        "would could should may might must shall here where while off per via yes no please thanks thank hello dear best regards " +
        "email phone card iban address pii today tomorrow week day days time let know one two three see did does done got make " +
        "like want need sure okay get got well much many most such each other these those his her him she he we us i'm i'll you're " +
        "don't can't won't it's that's what's let's").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Distinct content words of a text (letters only, three or more, not function words).</summary>
    public static IEnumerable<string> Of(string text) =>
        StyleAnalyzer.Words(text).Where(w => w.Length >= 3 && w.All(char.IsLetter) && !Stop.Contains(w)).Distinct(StringComparer.Ordinal);
}
