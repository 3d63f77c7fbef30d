using System.Text.RegularExpressions;

namespace GenGateway.Evaluation.Policy;

/// <summary>What counts as excessive punctuation.</summary>
internal static partial class Punctuation
{
    /// <summary>Most exclamation marks one candidate may carry.</summary>
    public const int MaxExclamations = 2;

    /// <summary>Runs of two or more exclamation or question marks, or four or more dots.</summary>
    [GeneratedRegex(@"[!?]{2,}|\.{4,}", RegexOptions.CultureInvariant)]
    public static partial Regex Runs();
}
