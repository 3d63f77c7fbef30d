namespace GenGateway.Server.Apis.Users;

/// <summary>Body of <c>PUT /v1/users/{userId}/consent</c>.</summary>
public sealed record ConsentRequest
{
    /// <summary>Whether generation may use the user's profile and past messages.</summary>
    public bool? Personalization { get; init; }
}
