namespace GenGateway.Storage.Qdrant;

/// <summary>Settings of the Qdrant backend (<c>GenGateway:Qdrant:*</c>, or <c>QDRANT_URL</c> / <c>QDRANT_API_KEY</c>).</summary>
public sealed class QdrantOptions
{
    /// <summary>REST base address, e.g. <c>http://localhost:6333</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>Sent as the <c>api-key</c> header when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The one collection holding every tenant's points.</summary>
    public string Collection { get; set; } = "gengateway_events";

    /// <summary>Extra attempts after a 5xx answer or a transport failure (0 = no retry).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; doubled for each further one, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Per-request timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Points per upsert request (keeps bodies far below Qdrant's 32 MB limit).</summary>
    public int UpsertBatchSize { get; set; } = 256;

    /// <summary>Points per scroll page.</summary>
    public int ScrollPageSize { get; set; } = 256;
}
