namespace GenGateway.LlamaCpp;

/// <summary>A llama.cpp call failed (a context could not be created, decoding failed, a grammar did not parse, ...).</summary>
public class LlamaCppException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public LlamaCppException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LlamaCppException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public LlamaCppException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
