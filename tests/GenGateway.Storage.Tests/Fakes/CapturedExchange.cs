namespace GenGateway.Storage.Tests.Fakes;

/// <summary>A request the fake Qdrant received and what it answered.</summary>
public sealed record CapturedExchange(CapturedRequest Request, int Status, string ContentType, string Body);
