namespace GenGateway.Storage.Qdrant;

/// <summary>Settings of the Qdrant backend (<c>GenGateway:Qdrant:*</c>, or <c>QDRANT_URL</c> / <c>QDRANT_API_KEY</c>).</summary>
public sealed class QdrantOptions
{
    /// <summary>Qdrant's port for gRPC, which <c>Qdrant.Client</c> speaks (6333 is its REST port).</summary>
    public const int GrpcPort = 6334;

    /// <summary>gRPC endpoint, e.g. <c>http://localhost:6334</c>; <c>https://</c> turns on TLS.</summary>
    public Uri? Url { get; set; }

    /// <summary>Sent as the <c>api-key</c> header when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// SHA-256 thumbprint (hex) of Qdrant's TLS certificate, for a self-signed certificate the machine does not trust;
    /// when unset an <c>https</c> URL is validated against the system's trusted roots.
    /// </summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>The one collection holding every tenant's events.</summary>
    public string Collection { get; set; } = "gengateway_events";

    /// <summary>The one collection holding every tenant's per-user records (consent, profile state, feedback).</summary>
    public string UsersCollection { get; set; } = "gengateway_users";

    /// <summary>Extra attempts after a transient failure (Unavailable, ResourceExhausted, Aborted, Internal, a per-call timeout); 0 = none.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; doubled for each further one, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Deadline of one gRPC call.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Points per upsert call (keeps messages far below Qdrant's size limit).</summary>
    public int UpsertBatchSize { get; set; } = 256;

    /// <summary>Points per scroll page.</summary>
    public int ScrollPageSize { get; set; } = 256;
}
