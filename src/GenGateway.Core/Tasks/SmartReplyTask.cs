using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks.Replies;

namespace GenGateway.Core.Tasks;

/// <summary>
/// Smart replies: short (a few words to one sentence), each with a different intent, a positive and a negative
/// one when both fit, and none at all when a reply makes no sense. Without a model they come from the vetted set,
/// chosen by relevance to the incoming message (<see cref="ReplySelector"/>); model candidates are ordered by the same score.
/// </summary>
public sealed class SmartReplyTask(ReplySelector selector) : ITaskDefinition
{
    /// <summary>Longest reply when the request sets no limit: one sentence.</summary>
    public const int DefaultMaxLength = 80;

    /// <inheritdoc />
    public TaskKind Kind => TaskKind.SmartReplies;

    /// <inheritdoc />
    public string PromptName => "smart-replies";

    /// <inheritdoc />
    public string? NoSuggestionReason(ITaskRequest request) =>
        Last(request) is { } last ? ThreadClassifier.NoReplyReason(last) : NoSuggestionReasons.NothingToAnswer;

    /// <inheritdoc />
    public string QueryText(ITaskRequest request) => Last(request)?.Text ?? string.Empty;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Variables(ITaskRequest request, PersonalizationContext personalization, int count)
    {
        var r = (SmartReplyRequest)request;
        var variables = PromptVariables.Common(personalization, count, r.Tone, r.MaxLength ?? DefaultMaxLength);
        var thread = r.Thread ?? [];
        variables["thread"] = thread.Select(m => new Dictionary<string, object?>
        {
            ["from"] = string.IsNullOrWhiteSpace(m.From) ? "unknown" : m.From,
            ["text"] = m.Text,
            ["sentAt"] = m.SentAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        variables["last_message"] = thread.Count > 0 ? thread[^1].Text : string.Empty;
        variables["intent"] = thread.Count > 0 ? ThreadClassifier.Intent(thread[^1].Text ?? string.Empty).ToString() : "Statement";
        return variables;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> RuleCandidates(ITaskRequest request, int count) =>
        RuleCandidates(request, count, PersonalizationContext.ColdStart);

    /// <inheritdoc />
    public IReadOnlyList<string> RuleCandidates(ITaskRequest request, int count, PersonalizationContext personalization) =>
        // Synchronous callers only: the in-process MiniLM embedder completes on the calling thread; the pipeline uses the async path.
        RuleCandidatesAsync(request, count, personalization, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> RuleCandidatesAsync(ITaskRequest request, int count, PersonalizationContext personalization,
        CancellationToken cancellationToken)
    {
        var r = (SmartReplyRequest)request;
        var (history, message) = Split(r);
        var formal = IsFormal(r, personalization);
        var register = formal ? VettedReply.Formal
            : r.Tone is not null || personalization.Traits.ContainsKey(TraitNames.Formality) ? VettedReply.Casual
            : null;
        var emoji = UsesEmoji(r, personalization);
        var maxLength = r.MaxLength ?? DefaultMaxLength;
        var result = new List<string>();
        foreach (var reply in await selector.SelectAsync(history, message, count, register, cancellationToken))
        {
            var wording = emoji && reply.Text.Length + 3 <= maxLength
                ? reply.Text + (reply.Polarity == VettedReply.Negative ? " 🙏" : " 🙂")
                : reply.Text;
            if (wording.Length <= maxLength)
            {
                result.Add(wording);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<int>> RankAsync(ITaskRequest request, IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        var (history, message) = Split((SmartReplyRequest)request);
        return await selector.RankAsync(history, message, candidates, cancellationToken);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> RuleTraits(ITaskRequest request, PersonalizationContext personalization)
    {
        var r = (SmartReplyRequest)request;
        var used = new List<string>(2);
        if (r.Tone is null && personalization.Traits.ContainsKey(TraitNames.Formality))
        {
            used.Add(TraitNames.Formality);
        }

        if (UsesEmoji(r, personalization))
        {
            used.Add(TraitNames.Emoji);
        }

        return used;
    }

    /// <inheritdoc />
    public int MaxLength(ITaskRequest request) => request.MaxLength ?? DefaultMaxLength;

    /// <inheritdoc />
    public string? Shape(string candidate, ITaskRequest request)
    {
        // More than one sentence's worth of words is a message, not a smart reply.
        var text = TextNormalizer.CollapseWhitespace(candidate.Replace('\n', ' '));
        return text.Length == 0 || text.Split(' ').Length > 20 ? null : text;
    }

    /// <inheritdoc />
    public bool SameMeaning(string a, string b)
    {
        // "Sure, works for me!" and "Sure, that works for me." are one suggestion, not two.
        return TextNormalizer.Key(a) == TextNormalizer.Key(b) || TextNormalizer.WordOverlap(a, b) >= 0.6;
    }

    // A requested tone wins; without one, the user's own register picks the wording.
    private static bool IsFormal(SmartReplyRequest r, PersonalizationContext personalization) => r.Tone is not null
        ? r.Tone.Equals("formal", StringComparison.OrdinalIgnoreCase) || r.Tone.Equals("professional", StringComparison.OrdinalIgnoreCase)
        : personalization.Traits.TryGetValue(TraitNames.Formality, out var formality) && formality == TraitNames.Formal;

    private static bool UsesEmoji(SmartReplyRequest r, PersonalizationContext personalization) =>
        !IsFormal(r, personalization)
        && (r.Tone is null || r.Tone.Equals("casual", StringComparison.OrdinalIgnoreCase) || r.Tone.Equals("playful", StringComparison.OrdinalIgnoreCase)
            || r.Tone.Equals("friendly", StringComparison.OrdinalIgnoreCase))
        && personalization.Traits.TryGetValue(TraitNames.Emoji, out var emoji) && emoji.StartsWith(TraitNames.Often, StringComparison.Ordinal);

    private static ThreadMessage? Last(ITaskRequest request) => ((SmartReplyRequest)request).Thread is { Count: > 0 } thread ? thread[^1] : null;

    private static (IReadOnlyList<string> History, string Message) Split(SmartReplyRequest r)
    {
        var thread = r.Thread ?? [];
        var texts = thread.Select(m => m.Text ?? string.Empty).ToList();
        return texts.Count == 0 ? ([], string.Empty) : (texts[..^1], texts[^1]);
    }
}
