namespace GenGateway.Core.Tasks;

/// <summary>Stable reason codes for a smart-reply response with no suggestions.</summary>
public static class NoSuggestionReasons
{
    /// <summary>The last message comes from a no-reply or automated sender.</summary>
    public const string AutomatedSender = "automated-sender";

    /// <summary>The last message is a newsletter or bulk mail.</summary>
    public const string Newsletter = "newsletter";

    /// <summary>The last message closes the conversation (ok, got it, sounds good); nothing to answer.</summary>
    public const string NothingToAnswer = "nothing-to-answer";

    /// <summary>Every candidate, model and rule-based, failed the guardrail; the list is empty (any task).</summary>
    public const string NoSafeCandidate = "no-safe-candidate";
}
