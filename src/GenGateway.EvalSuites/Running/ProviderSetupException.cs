namespace GenGateway.EvalSuites.Running;

/// <summary>A provider of the matrix cannot be built (no API key, no factory for its type, bad settings).</summary>
public sealed class ProviderSetupException(string message, Exception? inner = null) : Exception(message, inner);
