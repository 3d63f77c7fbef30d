using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace GenGateway.Evaluation.Pii;

/// <summary>
/// Finds personal data in free text: email addresses, phone numbers, payment cards (Luhn-checked), IBANs
/// (mod-97-checked, any case), street addresses with the postcode and city around them, IP addresses and
/// government id numbers. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Patterns are tuned so that copy survives: dates, order numbers, quantities, prices, times and version numbers
/// must not be reported, because redacting a false positive destroys useful text (e.g. a sale date). Numbers whose
/// format alone says little (a bare digit run, a 9-digit BSN) count only after a word that names them ("phone",
/// "passport no."). Overlaps are resolved by priority Email &gt; IBAN &gt; Card &gt; government id &gt; IP &gt;
/// Phone &gt; Address, so a card number is never also reported as a phone. Measured on the labelled corpus in
/// <c>evals/pii</c> with <c>gengateway evaluators score --task pii</c>.
/// </remarks>
public static class PiiDetector
{
    // Phone digit counts per E.164: at most 15 digits; at least 7 to leave out short codes and years.
    private const int MinPhoneDigits = 7;
    private const int MaxPhoneDigits = 15;

    // Words that, right before a digit run, say it is an identifier rather than a phone number.
    private static readonly string[] IdentifierCues = ["order", "invoice", "ref", "tracking", "ticket", "sku", "account", "acct", "case", "po", "id"];
    private static readonly string[] NumberWords = ["number", "no.", "no", "nr.", "nr"];

    // Words that, right before four dotted numbers, say they are a version rather than an IPv4 address.
    private static readonly string[] VersionCues = ["version", "release", "build", "ver.", "ver", "v"];

    /// <summary>Finds every piece of personal data in <paramref name="text"/>, ordered by start offset.</summary>
    public static IReadOnlyList<PiiMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var accepted = new List<PiiMatch>();
        AddMatches(accepted, text, PiiPatterns.Email(), PiiKind.Email, static _ => true);
        var mistypedIbans = new List<PiiMatch>();
        foreach (var (start, length, valid) in IbanScanner.Find(text))
        {
            if (valid)
            {
                Add(accepted, text, PiiKind.Iban, start, length);
            }
            else
            {
                mistypedIbans.Add(new PiiMatch(PiiKind.Iban, start, length, string.Empty));
            }
        }

        // The digit groups of a mistyped IBAN are no phone or card number: block them while those are looked for.
        accepted.AddRange(mistypedIbans);
        AddMatches(accepted, text, PiiPatterns.UsSsn(), PiiKind.GovernmentId, static _ => true);
        AddMatches(accepted, text, PiiPatterns.UkNino(), PiiKind.GovernmentId, static _ => true);
        AddMatches(accepted, text, PiiPatterns.SpanishDni(), PiiKind.GovernmentId, GovernmentIds.IsSpanishDniOrNie);
        AddMatches(accepted, text, PiiPatterns.FrenchNir(), PiiKind.GovernmentId, GovernmentIds.IsFrenchNir);
        AddMatches(accepted, text, PiiPatterns.ItalianFiscalCode(), PiiKind.GovernmentId, static _ => true);
        AddMatches(accepted, text, PiiPatterns.Card(), PiiKind.Card, IsCardNumber);
        AddGroupMatches(accepted, text, PiiPatterns.NamedIdNumber(), "id", PiiKind.GovernmentId, static v => CountDigits(v) >= 4);
        AddMatches(accepted, text, PiiPatterns.Ipv6(), PiiKind.IpAddress, IsIpv6);
        AddMatches(accepted, text, PiiPatterns.Ipv4(), PiiKind.IpAddress, static _ => true);
        AddMatches(accepted, text, PiiPatterns.InternationalPhone(), PiiKind.Phone, HasPhoneDigitCount);
        AddMatches(accepted, text, PiiPatterns.NorthAmericanPhone(), PiiKind.Phone, HasPhoneDigitCount);
        AddMatches(accepted, text, PiiPatterns.FrenchPhone(), PiiKind.Phone, HasPhoneDigitCount);
        AddMatches(accepted, text, PiiPatterns.NationalPhone(), PiiKind.Phone, static v => CountDigits(v) is >= 9 and <= MaxPhoneDigits);
        AddMatches(accepted, text, PiiPatterns.PairedPhone(), PiiKind.Phone, HasPhoneDigitCount);
        AddGroupMatches(accepted, text, PiiPatterns.NamedPhoneNumber(), "number", PiiKind.Phone, HasPhoneDigitCount);
        accepted.RemoveAll(static m => m.Value.Length == 0);
        AddMatches(accepted, text, PiiPatterns.StreetAddress(), PiiKind.Address, static _ => true);
        AddMatches(accepted, text, PiiPatterns.SuffixStreetAddress(), PiiKind.Address, static _ => true);
        AddMatches(accepted, text, PiiPatterns.PrefixStreetAddress(), PiiKind.Address, static _ => true);
        AddMatches(accepted, text, PiiPatterns.NumberFirstPrefixStreetAddress(), PiiKind.Address, static _ => true);
        AddMatches(accepted, text, PiiPatterns.PostOfficeBox(), PiiKind.Address, static _ => true);
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>True when <paramref name="text"/> contains any personal data.</summary>
    public static bool ContainsPii(string? text) => Find(text).Count > 0;

    private static void AddMatches(List<PiiMatch> accepted, string text, Regex regex, PiiKind kind, Func<string, bool> validate)
    {
        foreach (Match m in regex.Matches(text))
        {
            if (validate(m.Value))
            {
                Add(accepted, text, kind, m.Index, m.Length);
            }
        }
    }

    private static void AddGroupMatches(List<PiiMatch> accepted, string text, Regex regex, string group, PiiKind kind, Func<string, bool> validate)
    {
        foreach (Match m in regex.Matches(text))
        {
            Group g = m.Groups[group];
            if (g.Success && validate(g.Value))
            {
                Add(accepted, text, kind, g.Index, g.Length);
            }
        }
    }

    private static void Add(List<PiiMatch> accepted, string text, PiiKind kind, int start, int length)
    {
        if (Overlaps(accepted, start, length)
            || (kind == PiiKind.Phone && FollowsCue(text, start, IdentifierCues, NumberWords))
            || (kind == PiiKind.IpAddress && FollowsCue(text, start, VersionCues, []))
            || (kind == PiiKind.Card && CountDigits(text.AsSpan(start, length)) == 12 && !PiiPatterns.CardWordBefore().IsMatch(text.AsSpan(0, start))))
        {
            return;
        }

        accepted.Add(new PiiMatch(kind, start, length, text.Substring(start, length)));
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

    private static bool FollowsCue(string text, int start, string[] cues, string[] fillers)
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
        foreach (string filler in fillers)
        {
            if (before.EndsWith(filler, StringComparison.OrdinalIgnoreCase)
                && (before.Length == filler.Length || !char.IsLetter(before[before.Length - filler.Length - 1])))
            {
                before = before[..^filler.Length].TrimEnd(":# ");
                break;
            }
        }

        foreach (string cue in cues)
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

        // Issuer ranges in use start with 2 (Mastercard 2-series) to 6 (Discover/UnionPay), 13-19 digits; Maestro also
        // issues 12 (taken only after a card word, see Add); UATP (airline) cards are 15 digits starting with 1.
        bool issuer = (first is >= '2' and <= '6' && digits is >= 12 and <= 19) || (first == '1' && digits == 15);
        return issuer && Checksums.PassesLuhn(value);
    }

    private static bool IsIpv6(string value)
    {
        int slash = value.IndexOf('/', StringComparison.Ordinal);
        string address = slash < 0 ? value : value[..slash];

        // "::" alone names no host; anything else must parse as IPv6 (this rejects times, ratios and MAC addresses).
        return address.Any(char.IsAsciiHexDigit)
            && IPAddress.TryParse(address, out IPAddress? parsed) && parsed.AddressFamily == AddressFamily.InterNetworkV6;
    }

    private static bool HasPhoneDigitCount(string value) => CountDigits(value) is >= MinPhoneDigits and <= MaxPhoneDigits;

    private static int CountDigits(ReadOnlySpan<char> value)
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
}
