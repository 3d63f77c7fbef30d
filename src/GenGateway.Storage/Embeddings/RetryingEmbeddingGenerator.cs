using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace GenGateway.Storage.Embeddings;

/// <summary>
/// Retries a hosted embedder's transient failures (transport errors, timeouts, 408, 429, 5xx) with exponential
/// back-off, so one dropped connection does not fail an ingest. Embedding a text twice is harmless, so the whole batch
/// is sent again. Errors that another try cannot fix (401, 400, a wrong dimension) pass straight through.
/// </summary>
public sealed class RetryingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly int _maxRetries;
    private readonly TimeSpan _baseDelay;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Wraps <paramref name="inner"/>; <see cref="EmbeddingOptions.MaxRetries"/> of 0 turns retrying off.</summary>
    public RetryingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, EmbeddingOptions options, ILogger logger, TimeProvider time)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxRetries = Math.Max(0, options.MaxRetries);
        _baseDelay = options.RetryBaseDelay;
        _logger = logger;
        _time = time;
    }

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        IReadOnlyList<string> texts = values as IReadOnlyList<string> ?? [.. values];
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await base.GenerateAsync(texts, options, cancellationToken);
            }
            catch (Exception ex) when (attempt <= _maxRetries && IsTransient(ex, cancellationToken))
            {
                TimeSpan delay = _baseDelay * Math.Pow(2, attempt - 1);
                EmbeddingsLog.Retrying(_logger, attempt, _maxRetries, ex.Message, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        // The caller's own cancellation is final; a cancellation nobody asked for is the per-request timeout.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException { StatusCode: null } => true,
        HttpRequestException { StatusCode: { } status } => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500,
        _ => false,
    };
}
