namespace GenGateway.Storage.Tests.Fakes;

/// <summary>One request the fake Qdrant received.</summary>
public sealed record CapturedRequest(string Method, string Path, string Query, string Body, string? ApiKey);
