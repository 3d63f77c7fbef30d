using System.Collections.Frozen;
using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;

namespace GenGateway.Core.Tasks;

/// <summary>
/// Smart replies: short (a few words to one sentence), each with a different intent, a positive and a negative
/// one when both fit, and none at all when a reply makes no sense.
/// </summary>
public sealed class SmartReplyTask : ITaskDefinition
{
    /// <summary>Longest reply when the request sets no limit: one sentence.</summary>
    public const int DefaultMaxLength = 80;

    // Each bank entry: the reply's stance, then a casual and a formal wording. {t} is the time the message proposed.
    private static readonly FrozenDictionary<ReplyIntent, Reply[]> Banks = new Dictionary<ReplyIntent, Reply[]>
    {
        [ReplyIntent.Scheduling] =
        [
            new(Stance.Yes, "Sure, {t} works for me!", "{T} works for me."),
            new(Stance.No, "Sorry, {t} doesn't work for me.", "Unfortunately {t} does not work for me."),
            new(Stance.Maybe, "Let me check my calendar.", "Let me check my calendar and get back to you."),
            new(Stance.Other, "Can we do a different time?", "Could we find another time?"),
        ],
        [ReplyIntent.YesNoQuestion] =
        [
            new(Stance.Yes, "Yes, sure!", "Yes, certainly."),
            new(Stance.No, "Sorry, I can't.", "Unfortunately, no."),
            new(Stance.Maybe, "Let me check and get back to you.", "Let me check and get back to you."),
        ],
        [ReplyIntent.OpenQuestion] =
        [
            new(Stance.Maybe, "Let me check and get back to you.", "Let me look into it and get back to you."),
            new(Stance.Other, "Good question, I'm not sure yet.", "I am not sure yet; I will find out."),
            new(Stance.Yes, "I'll send you the details.", "I will send you the details shortly."),
        ],
        [ReplyIntent.Request] =
        [
            new(Stance.Yes, "Sure, will do!", "Certainly, I will take care of it."),
            new(Stance.No, "Sorry, I can't right now.", "Unfortunately I cannot do that at the moment."),
            new(Stance.Maybe, "When do you need it by?", "When would you need it by?"),
        ],
        [ReplyIntent.Thanks] =
        [
            new(Stance.Yes, "You're welcome!", "You are welcome."),
            new(Stance.Other, "Happy to help!", "Glad I could help."),
            new(Stance.Maybe, "Anytime!", "Any time."),
        ],
        [ReplyIntent.GoodNews] =
        [
            new(Stance.Yes, "Congratulations!", "Congratulations, well deserved."),
            new(Stance.Other, "That's great news!", "That is excellent news."),
            new(Stance.Maybe, "So happy for you!", "I am very pleased for you."),
        ],
        [ReplyIntent.Apology] =
        [
            new(Stance.Yes, "No worries!", "No problem at all."),
            new(Stance.Other, "Thanks for letting me know.", "Thank you for letting me know."),
            new(Stance.Maybe, "It's all good.", "Not a problem."),
        ],
        [ReplyIntent.Greeting] =
        [
            new(Stance.Yes, "Hi! How are you?", "Hello, how are you?"),
            new(Stance.Other, "Hey, good to hear from you!", "Good to hear from you."),
            new(Stance.Maybe, "Hi! What's up?", "Hello, how can I help?"),
        ],
        [ReplyIntent.Statement] =
        [
            new(Stance.Yes, "Thanks for letting me know!", "Thank you for letting me know."),
            new(Stance.Other, "Sounds good.", "That sounds good."),
            new(Stance.Maybe, "Got it, thanks.", "Noted, thank you."),
        ],
    }.ToFrozenDictionary();

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
    public IReadOnlyList<string> RuleCandidates(ITaskRequest request, int count, PersonalizationContext personalization)
    {
        var r = (SmartReplyRequest)request;
        var text = Last(request)?.Text ?? string.Empty;
        var intent = ThreadClassifier.Intent(text);
        var time = ThreadClassifier.ProposedTime(text);
        var formal = IsFormal(r, personalization);
        var emoji = UsesEmoji(r, personalization);
        var maxLength = r.MaxLength ?? DefaultMaxLength;

        var result = new List<string>();
        foreach (var reply in Banks[intent])
        {
            var wording = formal ? reply.Formal : reply.Casual;
            if (wording.Contains("{t}", StringComparison.OrdinalIgnoreCase))
            {
                if (time is null)
                {
                    // Without a named time, fall back to a wording that does not need one.
                    wording = reply.Stance == Stance.Yes ? (formal ? "That works for me." : "Sure, that works!")
                        : formal ? "Unfortunately that does not work for me." : "Sorry, that doesn't work for me.";
                }
                else
                {
                    wording = wording.Replace("{t}", time, StringComparison.Ordinal)
                        .Replace("{T}", CandidateRules.Capitalize(time), StringComparison.Ordinal);
                }
            }

            if (emoji && wording.Length + 3 <= maxLength)
            {
                wording += reply.Stance == Stance.No ? " 🙏" : " 🙂";
            }

            if (wording.Length <= maxLength)
            {
                result.Add(wording);
            }

            if (result.Count == count)
            {
                break;
            }
        }

        return result;
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

    private enum Stance
    {
        Yes,
        No,
        Maybe,
        Other,
    }

    private sealed record Reply(Stance Stance, string Casual, string Formal);
}
