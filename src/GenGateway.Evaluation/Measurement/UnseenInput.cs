using System.Text.RegularExpressions;

namespace GenGateway.Evaluation.Measurement;

/// <summary>
/// Spots a request whose input a text model cannot read (a bare link, an embedded image, an "[Image of ...]"
/// placeholder) answered as if it had been read: whatever the answer says about that input is invented.
/// </summary>
internal static partial class UnseenInput
{
    /// <summary>True when <paramref name="context"/> hands over its input only as a link or image.</summary>
    public static bool IsReferencedIn(string context) => ReferenceRegex().IsMatch(context);

    /// <summary>True when <paramref name="output"/> says it cannot see, open or access something.</summary>
    public static bool IsDisclaimedIn(string output) => DisclaimerRegex().IsMatch(output);

    [GeneratedRegex(@"https?://|\bwww\.|!\[|\[(image|photo|picture|video|audio)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex(@"\bas an ai\b|\bi'?m sorry\b|\bi am sorry\b|\bi (cannot|can't|am unable|am not able)\b|\bunable to\b|\bnot (able|capable)\b|\b(don't|do not) have (access|the ability|the capability)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisclaimerRegex();
}
