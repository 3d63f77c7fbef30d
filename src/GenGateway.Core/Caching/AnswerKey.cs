using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace GenGateway.Core.Caching;

/// <summary>The cache key of a model answer: a hash of everything that decides it.</summary>
internal static class AnswerKey
{
    /// <summary>
    /// Route, model and sampling settings, the <see cref="CacheScope"/> (tenant, user, profile version, consent, prompt
    /// version), the user's erasure <paramref name="mark"/> (<see cref="OutputCacheEraser"/>) and the messages with
    /// whitespace normalized, so requests differing only in spacing share an answer.
    /// </summary>
    public static string For(string route, IReadOnlyList<ChatMessage> messages, ChatOptions? options, CacheScope? scope, string mark)
    {
        var builder = new StringBuilder();
        builder.Append(route).Append('\n')
            .Append(options?.ModelId).Append('|').Append(options?.Temperature).Append('|').Append(options?.TopP).Append('|')
            .Append(options?.MaxOutputTokens).Append('|').Append(options?.Seed).Append('|')
            .AppendJoin('\u001f', options?.StopSequences ?? []).Append('\n');
        if (scope is not null)
        {
            builder.Append(scope.Tenant.Length).Append(':').Append(scope.Tenant).Append('|')
                .Append(scope.UserId?.Length ?? -1).Append(':').Append(scope.UserId).Append('|')
                .Append(scope.ProfileVersion).Append('|').Append(scope.PersonalizationConsent ? "consent" : "no-consent").Append('|')
                .Append(scope.Prompt).Append('@').Append(scope.PromptVersion).Append('|')
                .Append(mark).Append('\n');
        }

        foreach (var message in messages)
        {
            builder.Append(message.Role.Value).Append('\u001e');
            AppendNormalized(builder, message.Text);
            builder.Append('\u001d');
        }

        return "answer:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    // Unicode NFC, runs of whitespace as one space, no leading or trailing whitespace.
    private static void AppendNormalized(StringBuilder builder, string text)
    {
        var pendingSpace = false;
        var any = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = any;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch);
            any = true;
        }
    }
}
