namespace GenGateway.LlamaCpp;

/// <summary>Installing the llama.cpp runtime failed (npm or git failed, or the package lacked the expected files).</summary>
public sealed class LlamaRuntimeInstallException : LlamaCppException
{
    /// <summary>Creates the exception with no message.</summary>
    public LlamaRuntimeInstallException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LlamaRuntimeInstallException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public LlamaRuntimeInstallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
