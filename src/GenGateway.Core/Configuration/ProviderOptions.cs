namespace GenGateway.Core.Configuration;

/// <summary>One model provider under <c>GenGateway:Providers:&lt;name&gt;</c>.</summary>
public sealed class ProviderOptions
{
    /// <summary><c>openai</c> (any OpenAI-compatible server), <c>anthropic</c> or <c>llamacpp</c>.</summary>
    public string Type { get; set; } = ProviderTypes.OpenAI;

    /// <summary>Model id sent to the provider (for llamacpp: the GGUF path).</summary>
    public string? Model { get; set; }

    /// <summary>Base URL of the API, for example <c>http://localhost:11434/v1</c> for Ollama.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>API key; prefer environment variables or a secret store to files.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Per-attempt timeout in seconds.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries after the first attempt on 429, 5xx and timeouts.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Longest wait between attempts in seconds, Retry-After included.</summary>
    public double MaxRetryDelaySeconds { get; set; } = 10;

    /// <summary>Base delay of the exponential back-off, in milliseconds.</summary>
    public double RetryBaseDelayMilliseconds { get; set; } = 200;

    /// <summary>How long the circuit stays open after repeated failures, in seconds.</summary>
    public double BreakSeconds { get; set; } = 15;

    /// <summary>Calls in the sampling window before the failure ratio can open the circuit.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;
}
