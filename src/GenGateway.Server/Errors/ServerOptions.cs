namespace GenGateway.Server.Errors;

/// <summary>Settings under <c>GenGateway:Server</c>.</summary>
public sealed class ServerOptions
{
    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
