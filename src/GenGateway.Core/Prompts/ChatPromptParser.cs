using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace GenGateway.Core.Prompts;

/// <summary>
/// Splits rendered prompt text into chat messages using Semantic Kernel's
/// <c>&lt;message role="system"&gt;…&lt;/message&gt;</c> convention; text without tags is one user message.
/// </summary>
public static partial class ChatPromptParser
{
    /// <summary>Parses rendered text into messages, decoding the entities the renderer encoded.</summary>
    public static IReadOnlyList<ChatMessage> Parse(string rendered)
    {
        var matches = MessageTag().Matches(rendered);
        if (matches.Count == 0)
        {
            return [new ChatMessage(ChatRole.User, WebUtility.HtmlDecode(rendered.Trim()))];
        }

        var messages = new List<ChatMessage>(matches.Count);
        foreach (Match match in matches)
        {
            var role = match.Groups[1].Value.ToLowerInvariant() switch
            {
                "system" => ChatRole.System,
                "assistant" => ChatRole.Assistant,
                "developer" => ChatRole.System,
                _ => ChatRole.User,
            };
            messages.Add(new ChatMessage(role, WebUtility.HtmlDecode(match.Groups[2].Value.Trim())));
        }

        return messages;
    }

    [GeneratedRegex("""<message\s+role\s*=\s*["'](\w+)["']\s*>(.*?)</message>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex MessageTag();
}
