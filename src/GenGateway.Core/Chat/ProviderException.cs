using GenGateway.Resilience.Failures;

namespace GenGateway.Core.Chat;

/// <summary>A model provider call failed in a way the gateway expects and handles.</summary>
public sealed class ProviderException : Exception, IOutboundFailureSource
{
    /// <summary>Creates the exception.</summary>
    public ProviderException(string provider, ProviderFailureKind kind, string message, int? statusCode = null,
        TimeSpan? retryAfter = null, Exception? inner = null)
        : base($"Provider '{provider}': {message}", inner)
    {
        Provider = provider;
        Kind = kind;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Name of the provider that failed.</summary>
    public string Provider { get; }

    /// <summary>What kind of failure it was.</summary>
    public ProviderFailureKind Kind { get; }

    /// <summary>Upstream HTTP status, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>The upstream's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether another attempt could succeed.</summary>
    public bool IsTransient => Kind is ProviderFailureKind.Unavailable or ProviderFailureKind.RateLimited or ProviderFailureKind.Timeout;

    /// <summary>How the shared outbound pipeline treats this failure.</summary>
    public OutboundFailure Failure => new(IsTransient, RetryAfter);
}
