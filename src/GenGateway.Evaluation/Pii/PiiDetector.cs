using System.Text.RegularExpressions;

namespace GenGateway.Evaluation.Pii;

/// <summary>
/// Finds personal data in free text: email addresses, phone numbers, payment cards (Luhn-checked),
/// IBANs (mod-97-checked) and street addresses. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Patterns are tuned for precision over recall: dates, order numbers, prices and times must not be
/// reported as phone numbers, because redaction of a false positive destroys useful text (e.g. a sale date).
/// Overlaps are resolved by priority Email &gt; IBAN &gt; Card &gt; Phone &gt; Address, so a card number
/// is never also reported as a phone.
/// </remarks>
public static partial class PiiDetector
{
    // Phone digit counts per E.164: at most 15 digits; at least 7 to leave out short codes and years.
    private const int MinPhoneDigits = 7;
    private const int MaxPhoneDigits = 15;

    // Words that, right before a digit run, say it is an identifier rather than a phone number.
    private static readonly string[] IdentifierCues = ["order", "invoice", "ref", "tracking", "ticket", "sku", "account", "acct", "case", "po", "id"];

    private static readonly string[] NumberWords = ["number", "no.", "no", "nr.", "nr"];

    /// <summary>Finds every piece of personal data in <paramref name="text"/>, ordered by start offset.</summary>
    public static IReadOnlyList<PiiMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var accepted = new List<PiiMatch>();
        AddMatches(accepted, text, EmailRegex(), PiiKind.Email, static _ => true);
        AddMatches(accepted, text, IbanRegex(), PiiKind.Iban, static v => Checksums.PassesIbanMod97(v));
        AddMatches(accepted, text, CardRegex(), PiiKind.Card, IsCardNumber);
        AddMatches(accepted, text, InternationalPhoneRegex(), PiiKind.Phone, HasPhoneDigitCount);
        AddMatches(accepted, text, NorthAmericanPhoneRegex(), PiiKind.Phone, HasPhoneDigitCount);
        AddMatches(accepted, text, NationalPhoneRegex(), PiiKind.Phone, HasPhoneDigitCount);
        AddMatches(accepted, text, StreetAddressRegex(), PiiKind.Address, static _ => true);
        AddMatches(accepted, text, EuropeanAddressRegex(), PiiKind.Address, static _ => true);
        AddMatches(accepted, text, PostOfficeBoxRegex(), PiiKind.Address, static _ => true);
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>True when <paramref name="text"/> contains any personal data.</summary>
    public static bool ContainsPii(string? text) => Find(text).Count > 0;

    private static void AddMatches(List<PiiMatch> accepted, string text, Regex regex, PiiKind kind, Func<string, bool> validate)
    {
        foreach (Match m in regex.Matches(text))
        {
            if (!validate(m.Value) || Overlaps(accepted, m.Index, m.Length))
            {
                continue;
            }

            if (kind == PiiKind.Phone && FollowsIdentifierCue(text, m.Index))
            {
                continue;
            }

            accepted.Add(new PiiMatch(kind, m.Index, m.Length, m.Value));
        }
    }

    private static bool Overlaps(List<PiiMatch> accepted, int start, int length)
    {
        foreach (PiiMatch a in accepted)
        {
            if (start < a.End && a.Start < start + length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowsIdentifierCue(string text, int start)
    {
        // Look at the few characters before the match: "Order #555-123-4567" is an order number.
        int from = Math.Max(0, start - 24);
        ReadOnlySpan<char> before = text.AsSpan(from, start - from).TrimEnd();
        if (before.EndsWith("#") || before.EndsWith("№"))
        {
            return true;
        }

        before = before.TrimEnd(":# ");

        // "Order number 555 123 4567": skip a trailing "number"/"no"/"nr" and look at the word before it.
        foreach (string filler in NumberWords)
        {
            if (before.EndsWith(filler, StringComparison.OrdinalIgnoreCase)
                && (before.Length == filler.Length || !char.IsLetter(before[before.Length - filler.Length - 1])))
            {
                before = before[..^filler.Length].TrimEnd(":# ");
                break;
            }
        }

        foreach (string cue in IdentifierCues)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (before.Length == cue.Length || !char.IsLetter(before[before.Length - cue.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCardNumber(string value)
    {
        int digits = CountDigits(value);
        char first = value[0];

        // Issuer ranges in use start with 2 (Mastercard 2-series) to 6 (Discover/UnionPay); 13-19 digits.
        return digits is >= 13 and <= 19 && first is >= '2' and <= '6' && Checksums.PassesLuhn(value);
    }

    private static bool HasPhoneDigitCount(string value) => CountDigits(value) is >= MinPhoneDigits and <= MaxPhoneDigits;

    private static int CountDigits(string value)
    {
        int n = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    [GeneratedRegex(@"(?<![\w.+%-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IbanRegex();

    [GeneratedRegex(@"(?<![\w+.,$€£-])\d(?:[ -]?\d){12,18}(?![\w.,]\d|\w)", RegexOptions.CultureInvariant)]
    private static partial Regex CardRegex();

    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){1,5}(?![\w.,]\d|\w)", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPhoneRegex();

    [GeneratedRegex(@"(?<![\w#$€£.,/:-])(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NorthAmericanPhoneRegex();

    [GeneratedRegex(@"(?<![\w#$€£.,/:-])0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}(?![\w/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NationalPhoneRegex();

    [GeneratedRegex(@"\b\d{1,5}[A-Za-z]?(?: [A-Z][A-Za-z'-]*\.?){1,4} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir)\b\.?(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl)\.? ?#?\w+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?(?:,? [A-Z]{2} \d{5}(?:-\d{4})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddressRegex();

    [GeneratedRegex(@"\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|laan|straat|gracht|vej|gatan|gata|veien) \d{1,4}[a-z]?\b(?:,? \d{4,5} [A-ZÄÖÜ][a-zäöüß]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex EuropeanAddressRegex();

    [GeneratedRegex(@"\bP\.? ?O\.? Box \d{1,6}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostOfficeBoxRegex();
}
