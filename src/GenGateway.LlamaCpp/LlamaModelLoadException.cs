namespace GenGateway.LlamaCpp;

/// <summary>
/// A GGUF model could not be loaded: the file is missing, is not GGUF, has an architecture or tensor layout
/// llama.cpp rejects, or there is not enough memory. The message names the file and llama.cpp's own reason.
/// </summary>
public sealed class LlamaModelLoadException : LlamaCppException
{
    /// <summary>Creates the exception with no message.</summary>
    public LlamaModelLoadException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LlamaModelLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public LlamaModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The model file that failed to load.</summary>
    public string? ModelPath { get; init; }
}
