namespace GenGateway.Server.Auth;

/// <summary>Settings under <c>GenGateway:Auth</c>.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Accepted keys; empty turns auth off (the server then only listens on loopback).</summary>
    public List<ApiKeyEntry> Keys { get; set; } = [];
}
