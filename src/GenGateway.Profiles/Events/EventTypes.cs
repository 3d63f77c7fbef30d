using System.Collections.Frozen;

namespace GenGateway.Profiles.Events;

/// <summary>The event types the gateway understands and what each one feeds.</summary>
public static class EventTypes
{
    /// <summary>The user wrote and sent a message: style evidence and a candidate style example.</summary>
    public const string MessageSent = "message_sent";

    /// <summary>The user received a message: stored (and exported) but not style evidence.</summary>
    public const string MessageReceived = "message_received";

    /// <summary>The user opened an email: interest evidence.</summary>
    public const string EmailOpened = "email_opened";

    /// <summary>The user clicked in an email: stronger interest evidence.</summary>
    public const string EmailClicked = "email_clicked";

    /// <summary>The user accepted a suggestion: interest evidence.</summary>
    public const string SuggestionAccepted = "suggestion_accepted";

    /// <summary>The user rejected a suggestion: negative interest evidence.</summary>
    public const string SuggestionRejected = "suggestion_rejected";

    /// <summary>Every known type.</summary>
    public static FrozenSet<string> All { get; } = new[]
    {
        MessageSent, MessageReceived, EmailOpened, EmailClicked, SuggestionAccepted, SuggestionRejected,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// How much an event of <paramref name="type"/> counts towards the interest centroid: clicks say more than opens,
    /// and a rejection pulls away from what was rejected. Zero for types that are not engagement.
    /// </summary>
    public static double InterestWeight(string type) => type switch
    {
        EmailOpened => 1.0,
        EmailClicked => 2.0,
        SuggestionAccepted => 1.5,
        SuggestionRejected => -0.5,
        _ => 0.0,
    };
}
