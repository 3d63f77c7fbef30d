using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;

namespace GenGateway.Core.Caching;

/// <summary>
/// Serves identical prompts (same messages, model and sampling settings) from the cache. Only answers the
/// <paramref name="shouldCache"/> predicate accepts are kept, so a garbled answer is not replayed.
/// </summary>
public sealed class CachingChatClient(IChatClient inner, string route, HybridCache cache, TimeSpan ttl, Func<ChatResponse, bool> shouldCache)
    : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = Key(route, list, options);
        var tags = options?.AdditionalProperties?.TryGetValue(CacheTags.OptionsKey, out var value) == true && value is IEnumerable<string> t ? t : null;
        var missed = false;
        ChatResponse? fresh = null;
        try
        {
            var answer = await cache.GetOrCreateAsync(key, async token =>
            {
                missed = true;
                fresh = await base.GetResponseAsync(list, options, token);
                return shouldCache(fresh) ? new CachedAnswer(fresh.Text, fresh.ModelId) : throw new UncacheableAnswerException();
            }, new HybridCacheEntryOptions { Expiration = ttl }, tags, cancellationToken);

            if (missed && fresh is not null)
            {
                return fresh;
            }

            var hit = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer.Text)) { ModelId = answer.ModelId };
            hit.AdditionalProperties = new AdditionalPropertiesDictionary { [CacheTags.HitKey] = true };
            return hit;
        }
        catch (UncacheableAnswerException)
        {
            // Either this call produced the uncacheable answer, or it waited on a concurrent call that did.
            return fresh ?? await base.GetResponseAsync(list, options, cancellationToken);
        }
    }

    /// <summary>A stable hash of everything that decides the answer.</summary>
    internal static string Key(string route, IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var builder = new StringBuilder();
        builder.Append(route).Append('\n')
            .Append(options?.ModelId).Append('|').Append(options?.Temperature).Append('|').Append(options?.TopP).Append('|')
            .Append(options?.MaxOutputTokens).Append('|').Append(options?.Seed).Append('|')
            .AppendJoin('\u001f', options?.StopSequences ?? []).Append('\n');
        foreach (var message in messages)
        {
            builder.Append(message.Role.Value).Append('\u001e').Append(message.Text).Append('\u001d');
        }

        return "chat:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private sealed class UncacheableAnswerException : Exception;
}
