using System.Text;

namespace GenGateway.Evaluation.Pii;

/// <summary>Replaces personal data with stable placeholders such as <c>[EMAIL]</c> before text is stored or embedded.</summary>
public static class PiiRedactor
{
    /// <summary>The placeholder that stands in for a kind of personal data.</summary>
    public static string PlaceholderFor(PiiKind kind) => kind switch
    {
        PiiKind.Email => "[EMAIL]",
        PiiKind.Phone => "[PHONE]",
        PiiKind.Card => "[CARD]",
        PiiKind.Iban => "[IBAN]",
        PiiKind.Address => "[ADDRESS]",
        PiiKind.IpAddress => "[IP]",
        PiiKind.GovernmentId => "[ID_NUMBER]",
        _ => "[PII]",
    };

    /// <summary>Returns <paramref name="text"/> with every <see cref="PiiDetector"/> match replaced by its placeholder.</summary>
    /// <remarks>Placeholders are the same for every occurrence (no numbering), so redacted text embeds and dedupes stably.</remarks>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        IReadOnlyList<PiiMatch> matches = PiiDetector.Find(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        int cursor = 0;
        foreach (PiiMatch m in matches)
        {
            sb.Append(text, cursor, m.Start - cursor).Append(PlaceholderFor(m.Kind));
            cursor = m.End;
        }

        return sb.Append(text, cursor, text.Length - cursor).ToString();
    }
}
