namespace GenGateway.Core.Chat;

/// <summary>Why a model provider call failed; decides retries and the HTTP status a caller finally sees.</summary>
public enum ProviderFailureKind
{
    /// <summary>5xx, connection refused or reset: worth retrying.</summary>
    Unavailable,

    /// <summary>429: retry after the server's Retry-After.</summary>
    RateLimited,

    /// <summary>The call took longer than its timeout.</summary>
    Timeout,

    /// <summary>The provider answered, but not with usable candidates.</summary>
    BadOutput,

    /// <summary>4xx other than 429 (bad key, unknown model): retrying cannot help.</summary>
    Rejected,

    /// <summary>The circuit breaker is open after repeated failures.</summary>
    CircuitOpen,
}
