namespace GenGateway.Storage.Embeddings;

/// <summary>Which embedder turns event text into vectors (<c>GenGateway:Embeddings:*</c>).</summary>
public sealed class EmbeddingOptions
{
    /// <summary>
    /// <c>minilm</c> (default: all-MiniLM-L6-v2 in process, offline, 384 dimensions), <c>hashing</c> (offline word
    /// hashing: no model, far less memory, matches words rather than meaning), <c>openai</c> (any OpenAI-compatible
    /// <c>/v1/embeddings</c>) or <c>llamacpp</c> (in-process GGUF embedding model at <c>GenGateway:LlamaCpp:EmbeddingModelPath</c>).
    /// </summary>
    public string Provider { get; set; } = MiniLmProvider;

    /// <summary>The default provider's name.</summary>
    public const string MiniLmProvider = "minilm";

    /// <summary>Vector dimension: buckets for <c>hashing</c> (default 384); for <c>openai</c> the model's output size (required); <c>minilm</c> is always 384.</summary>
    public int? Dimensions { get; set; }

    /// <summary>Model name for <c>openai</c>, e.g. <c>text-embedding-3-small</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Base URL including <c>/v1</c>; falls back to <c>OPENAI_BASE_URL</c>, then <c>https://api.openai.com/v1</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Bearer key; falls back to <c>OPENAI_API_KEY</c>. Optional for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Whether to send <c>dimensions</c> in the request (only models that can shorten their output accept it).</summary>
    public bool SendDimensions { get; set; }

    /// <summary>Texts per request.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>Per-request timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a transient failure (transport error, timeout, 408, 429, 5xx) per batch; 0 turns retrying off.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Base delay of the exponential back-off with jitter (the shared outbound resilience pipeline).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between attempts; a <c>Retry-After</c> longer than this fails the batch instead of waiting.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
