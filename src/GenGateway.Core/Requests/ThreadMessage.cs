namespace GenGateway.Core.Requests;

/// <summary>One message of the thread a smart reply answers.</summary>
public sealed record ThreadMessage
{
    /// <summary>Sender address or display name.</summary>
    public string? From { get; init; }

    /// <summary>Message text.</summary>
    public string? Text { get; init; }

    /// <summary>When the message was sent.</summary>
    public DateTimeOffset? SentAt { get; init; }
}
