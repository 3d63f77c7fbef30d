namespace GenGateway.Profiles.Events;

/// <summary>The body of <c>POST /v1/users/{userId}/events</c>.</summary>
public sealed record EventBatch
{
    /// <summary>The events, in any order.</summary>
    public IReadOnlyList<UserEvent>? Events { get; init; }
}
