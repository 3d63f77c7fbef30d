namespace GenGateway.Server.Hosting;

/// <summary>Settings under <c>GenGateway:RateLimit</c>.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per minute per tenant on <c>/v1</c>; 0 turns the limit off.</summary>
    public int RequestsPerMinute { get; set; }
}
