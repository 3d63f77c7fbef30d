namespace GenGateway.Storage.Embedded;

/// <summary>Thrown when another process already has the embedded store's directory open.</summary>
public sealed class VectorStoreLockedException : IOException
{
    /// <summary>Creates the exception.</summary>
    public VectorStoreLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
