using System.Net;
using System.Text.RegularExpressions;

namespace GenGateway.Core.Prompts;

/// <summary>The words of a rendered prompt without SK's message tags or entity encoding, for checks that compare a candidate with what the model was told.</summary>
public static partial class RenderedPromptText
{
    /// <summary>Strips <c>&lt;message role="…"&gt;</c> tags and decodes the entities SK's renderer encoded.</summary>
    public static string Plain(string? rendered) =>
        string.IsNullOrEmpty(rendered) ? string.Empty : WebUtility.HtmlDecode(MessageTag().Replace(rendered, "\n")).Trim();

    [GeneratedRegex("""</?message(\s+role\s*=\s*["'][^"']*["'])?\s*>""", RegexOptions.IgnoreCase)]
    private static partial Regex MessageTag();
}
