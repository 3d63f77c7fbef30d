namespace GenGateway.Server.Errors;

/// <summary>Settings under <c>GenGateway:Server</c>.</summary>
public sealed class ServerOptions
{
    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest request target (path and query) accepted, in bytes; 414 above.</summary>
    public int MaxUrlBytes { get; set; } = 8 * 1024;

    /// <summary>Largest total of request header names and values accepted, in bytes; 431 above.</summary>
    public int MaxHeaderBytes { get; set; } = 32 * 1024;

    /// <summary>Most request headers accepted; 431 above.</summary>
    public int MaxHeaderCount { get; set; } = 100;
}
