using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;

namespace GenGateway.Core.Caching;

/// <summary>
/// Serves identical requests from Microsoft's <see cref="HybridCache"/>: concurrent misses of one key share one model
/// call (a caller that hangs up leaves the others waiting on it), the key carries the user's erasure mark so an erase
/// makes the user's answers unreachable on every node (<see cref="OutputCacheEraser"/>), and an answer whose user was
/// erased while it was being generated is never kept. Only answers <paramref name="shouldCache"/> accepts are stored,
/// so a garbled answer is not replayed.
/// </summary>
public sealed class AnswerCachingChatClient(IChatClient inner, string route, HybridCache cache, HybridCacheEntryOptions entryOptions,
    OutputCacheEraser erasures, Func<ChatResponse, bool> shouldCache) : DelegatingChatClient(inner)
{
    private readonly OutputCacheEraser _erasures = erasures;
    private readonly Func<ChatResponse, bool> _shouldCache = shouldCache;

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var scope = CacheScope.Read(options);
        var userTag = scope?.UserTag;
        var mark = userTag is null ? string.Empty : await _erasures.MarkAsync(userTag, cancellationToken);
        var key = AnswerKey.For(route, list, options, scope, mark);
        var load = new Load(this, list, options, userTag, mark);
        try
        {
            var answer = await cache.GetOrCreateAsync(key, load, static (load, token) => load.RunAsync(token), entryOptions,
                tags: null, cancellationToken);
            if (load.Fresh is { } fresh)
            {
                // An erase that landed between the check in the load and the store: drop what was just stored.
                if (await load.OvertakenAsync(CancellationToken.None))
                {
                    await cache.RemoveAsync(key, CancellationToken.None);
                }

                return fresh;
            }

            var hit = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer.Text)) { ModelId = answer.ModelId };
            hit.AdditionalProperties = new AdditionalPropertiesDictionary { [CacheTags.HitKey] = true };
            return hit;
        }
        catch (UncacheableAnswerException)
        {
            // Either this call produced the answer that must not be kept, or it waited on a concurrent call that did.
            return load.Fresh ?? await base.GetResponseAsync(list, options, cancellationToken);
        }
    }

    private Task<ChatResponse> CallModelAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) =>
        base.GetResponseAsync(messages, options, cancellationToken);

    /// <summary>One shared model call: the factory HybridCache runs once for all concurrent callers of a key.</summary>
    private sealed class Load(AnswerCachingChatClient owner, IReadOnlyList<ChatMessage> messages, ChatOptions? options, string? userTag, string mark)
    {
        public ChatResponse? Fresh { get; private set; }

        /// <summary>Whether the user was erased since the key was made (their mark moved on).</summary>
        public async ValueTask<bool> OvertakenAsync(CancellationToken cancellationToken) =>
            userTag is not null && await owner._erasures.MarkAsync(userTag, cancellationToken) != mark;

        public async ValueTask<CachedAnswer> RunAsync(CancellationToken cancellationToken)
        {
            var response = await owner.CallModelAsync(messages, options, cancellationToken);
            Fresh = response;
            return owner._shouldCache(response) && !await OvertakenAsync(cancellationToken)
                ? new CachedAnswer(response.Text, response.ModelId)
                : throw new UncacheableAnswerException();
        }
    }

    private sealed class UncacheableAnswerException : Exception;
}
