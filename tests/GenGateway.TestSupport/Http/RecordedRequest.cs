namespace GenGateway.TestSupport.Http;

/// <summary>One request a fake answered, as WireMock logged it.</summary>
public sealed record RecordedRequest(string Path, string Body, string? Authorization);
