using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Hosting.LoadShedding;

/// <summary>
/// The gate in front of generation: a concurrency limit with a bounded, oldest-first queue. Past it the caller is refused
/// rather than queued without end, so an overloaded gateway answers 503 quickly instead of growing its latency tail.
/// </summary>
public sealed class GenerationAdmission : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly TimeSpan _maxWait;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the gate from its settings.</summary>
    public GenerationAdmission(IOptions<LoadSheddingOptions> options, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        var settings = options.Value;
        _maxWait = TimeSpan.FromSeconds(settings.MaxQueueWaitSeconds);
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.MaxConcurrentGenerations,
            QueueLimit = settings.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Requests waiting for a slot now.</summary>
    public long Queued => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>
    /// A slot, or null when the queue is full or the wait ran out. Throws <see cref="OperationCanceledException"/> when
    /// the caller hung up while waiting: such a request is never started.
    /// </summary>
    public async ValueTask<RateLimitLease?> EnterAsync(CancellationToken callerGone)
    {
        using var timeout = new CancellationTokenSource(_maxWait, _timeProvider);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(callerGone, timeout.Token);
        try
        {
            var lease = await _limiter.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired)
            {
                return lease;
            }

            lease.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!callerGone.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
