using System.Text.RegularExpressions;

namespace GenGateway.Evaluation.Policy;

/// <summary>Words and patterns that mail filters score as spam in subject lines.</summary>
internal static partial class SpamLexicon
{
    /// <summary>Trigger phrases, lower case.</summary>
    public static IReadOnlyList<string> Phrases { get; } =
    [
        "act now", "buy now", "order now", "call now", "apply now", "click here", "click below", "open now", "cash bonus", "free cash",
        "earn money", "make money", "extra income", "earn $", "winner", "you've been selected", "you have been selected", "you won",
        "you're a winner", "congratulations", "100% free", "no obligation", "no cost", "double your", "dear friend", "viagra", "casino",
        "miracle", "weight loss", "once in a lifetime", "urgent", "this isn't spam", "not spam", "risk-free", "pre-approved",
        "credit card offer", "get paid", "work from home", "million dollars", "amazing deal", "incredible deal", "100% satisfied",
    ];

    /// <summary>Patterns: money signs in a row, a fake reply or forward prefix, percent signs in a row.</summary>
    [GeneratedRegex(@"[$€£]{2,}|^\s*(?:re|fw|fwd)\s*:|%{2,}|\bfree{2,}\b|#{3,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Patterns();
}
