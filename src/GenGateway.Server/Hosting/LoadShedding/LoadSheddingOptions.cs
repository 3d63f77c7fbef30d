namespace GenGateway.Server.Hosting.LoadShedding;

/// <summary>Settings under <c>GenGateway:LoadShedding</c>: how much generation work the gateway takes on at once.</summary>
public sealed class LoadSheddingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "GenGateway:LoadShedding";

    /// <summary>Generation requests served at once; the rest wait in the queue.</summary>
    public int MaxConcurrentGenerations { get; set; } = 128;

    /// <summary>Requests that may wait; one more is refused at once with 503 and <c>Retry-After</c>.</summary>
    public int QueueLimit { get; set; } = 256;

    /// <summary>Longest wait in the queue before the request is refused, so the latency tail stays bounded.</summary>
    public double MaxQueueWaitSeconds { get; set; } = 2;

    /// <summary>The <c>Retry-After</c> a refused caller is given.</summary>
    public int RetryAfterSeconds { get; set; } = 1;
}
