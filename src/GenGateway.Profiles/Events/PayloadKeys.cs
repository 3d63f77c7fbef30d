namespace GenGateway.Profiles.Events;

/// <summary>Keys of the string payload stored with each vector point.</summary>
internal static class PayloadKeys
{
    public const string Text = "text";

    public const string Subject = "subject";

    /// <summary>The event id as the caller sent it, redacted (the point id is its keyed hash).</summary>
    public const string EventId = "event_id";

    /// <summary>Prefix of metadata entries (<c>metadata.campaign</c>), so they can never collide with the fixed keys.</summary>
    public const string MetadataPrefix = "metadata.";
}
