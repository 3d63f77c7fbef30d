using System.Text.RegularExpressions;
using GenGateway.Core.Requests;

namespace GenGateway.Core.Tasks;

/// <summary>
/// Decides whether the last message of a thread deserves a reply and what it asks for, with rules simple enough
/// to run before any model is called: a newsletter should not cost a model call.
/// </summary>
public static partial class ThreadClassifier
{
    /// <summary>Reason code when replying makes no sense, otherwise null.</summary>
    public static string? NoReplyReason(ThreadMessage last)
    {
        var from = last.From ?? string.Empty;
        if (AutomatedSender().IsMatch(from))
        {
            return NoSuggestionReasons.AutomatedSender;
        }

        var text = last.Text ?? string.Empty;
        if (BulkMail().IsMatch(text))
        {
            return NoSuggestionReasons.Newsletter;
        }

        return Closing().IsMatch(text.Trim()) ? NoSuggestionReasons.NothingToAnswer : null;
    }

    /// <summary>The intent of a message's text.</summary>
    public static ReplyIntent Intent(string text)
    {
        var t = text.Trim();
        if (SchedulingWords().IsMatch(t) && (t.Contains('?', StringComparison.Ordinal) || ProposalWords().IsMatch(t)))
        {
            return ReplyIntent.Scheduling;
        }

        if (t.Contains('?', StringComparison.Ordinal))
        {
            var question = LastQuestion(t);
            return YesNoStart().IsMatch(question) ? ReplyIntent.YesNoQuestion
                : RequestWords().IsMatch(question) ? ReplyIntent.Request
                : ReplyIntent.OpenQuestion;
        }

        return RequestWords().IsMatch(t) ? ReplyIntent.Request
            : ThanksWords().IsMatch(t) ? ReplyIntent.Thanks
            : ApologyWords().IsMatch(t) ? ReplyIntent.Apology
            : GoodNewsWords().IsMatch(t) ? ReplyIntent.GoodNews
            : GreetingOnly().IsMatch(t) ? ReplyIntent.Greeting
            : ReplyIntent.Statement;
    }

    /// <summary>The day/time a scheduling message proposes ("Thursday at 3pm"), if it names one.</summary>
    public static string? ProposedTime(string text)
    {
        var match = TimeExpression().Match(text);
        return match.Success ? match.Value.Trim() : null;
    }

    private static string LastQuestion(string text)
    {
        var end = text.LastIndexOf('?');
        var start = text.LastIndexOfAny(['.', '!', '\n'], Math.Max(0, end - 1));
        return text[(start + 1)..(end + 1)].Trim();
    }

    [GeneratedRegex(@"(^|[<\s""'])(no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|postmaster|bounce[s]?|newsletters?|news|marketing|alerts?|updates?|automated|system)[@.+_-]", RegexOptions.IgnoreCase)]
    private static partial Regex AutomatedSender();

    [GeneratedRegex(@"\bunsubscribe\b|view (this email )?in (your )?browser|manage (your )?(email )?preferences|you are receiving this (email|message)|this is an automated (message|email)|do not reply to this", RegexOptions.IgnoreCase)]
    private static partial Regex BulkMail();

    [GeneratedRegex(@"^(ok(ay)?|k|got it|sounds good|perfect|great|cool|noted|will do|see you( then| soon)?|cheers|thx|ty|👍|🙏|done)[.!\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\b(meet|meeting|call|catch up|reschedul\w*|move (our|the|it)|push|lunch|dinner|coffee|available|free|works? for you|calendar|slot|appointment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SchedulingWords();

    [GeneratedRegex(@"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(tomorrow|tonight|next week|\d{1,2}(:\d{2})?\s?(am|pm))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProposalWords();

    [GeneratedRegex(@"^(can|could|would|will|do|does|did|is|are|was|were|have|has|should|shall|may|might|any chance|are you|is it|wanna|want to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoStart();

    [GeneratedRegex(@"\b(please|could you|can you|would you (mind|be able)|send me|let me know|make sure|need you to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequestWords();

    [GeneratedRegex(@"\b(thanks|thank you|thx|appreciate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksWords();

    [GeneratedRegex(@"\b(sorry|apologi[sz]e|my bad|my fault)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApologyWords();

    [GeneratedRegex(@"\b(got the job|promoted|promotion|engaged|we won|passed|accepted|good news|great news|new baby|closed the deal|launched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoodNewsWords();

    [GeneratedRegex(@"^(hi|hey|hello|good (morning|afternoon|evening))\b[^.?!]{0,20}[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex GreetingOnly();

    [GeneratedRegex(@"\b(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|next week)(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s?(?:am|pm)?)?|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeExpression();
}
