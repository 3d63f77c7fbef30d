namespace GenGateway.LlamaCpp;

/// <summary>The llama.cpp native libraries are not installed where GenGateway looks for them.</summary>
public sealed class LlamaRuntimeNotFoundException : LlamaCppException
{
    /// <summary>Creates the exception with no message.</summary>
    public LlamaRuntimeNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LlamaRuntimeNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public LlamaRuntimeNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
