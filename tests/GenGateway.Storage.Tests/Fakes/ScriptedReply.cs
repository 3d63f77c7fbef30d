namespace GenGateway.Storage.Tests.Fakes;

/// <summary>A canned answer the fake gives instead of handling the next request.</summary>
public sealed record ScriptedReply(int Status, string ContentType, string Body)
{
    public static ScriptedReply ServerError(int status = 503) =>
        new(status, "application/json", """{"status":{"error":"Service internal error: shard unavailable"},"time":0.001}""");

    public static ScriptedReply PlainText(int status, string text) => new(status, "text/plain", text);

    public static ScriptedReply ErrorJson(int status, string message) =>
        new(status, "application/json", $$"""{"status":{"error":"{{message}}"},"time":0.0001}""");

    /// <summary>A connection closed without an answer: a transport failure for the client.</summary>
    public static ScriptedReply Abort() => new(-1, string.Empty, string.Empty);
}
