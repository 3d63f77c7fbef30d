namespace GenGateway.Core.Tasks.Replies;

/// <summary>One reply of the project's vetted smart-reply set.</summary>
/// <param name="Text">The reply as offered.</param>
/// <param name="Intent">What it does (<c>accept</c>, <c>decline</c>, <c>thanks</c>…); at most one reply per intent is offered.</param>
/// <param name="Polarity"><c>positive</c>, <c>negative</c> (declines, disagrees, apologizes) or <c>neutral</c>.</param>
/// <param name="Register"><c>casual</c>, <c>neutral</c> or <c>formal</c>.</param>
public sealed record VettedReply(string Text, string Intent, string Polarity, string Register)
{
    /// <summary>Polarity of replies that say no, decline or disagree.</summary>
    public const string Negative = "negative";

    /// <summary>Polarity of replies that say yes, agree or please.</summary>
    public const string Positive = "positive";

    /// <summary>Register of replies for formal writers.</summary>
    public const string Formal = "formal";

    /// <summary>Register of replies for casual writers.</summary>
    public const string Casual = "casual";
}
