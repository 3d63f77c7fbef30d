namespace GenGateway.LlamaCpp.Inference;

/// <summary>Every context was busy for longer than <see cref="LlamaCppOptions.QueueTimeout"/>; the request did not run.</summary>
public sealed class LlamaQueueTimeoutException : LlamaCppException
{
    /// <summary>Creates the exception with no message.</summary>
    public LlamaQueueTimeoutException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LlamaQueueTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public LlamaQueueTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
