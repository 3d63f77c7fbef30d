using Google.Protobuf;

namespace GenGateway.TestSupport.Qdrant;

/// <summary>One gRPC call the fake Qdrant received: <c>qdrant.Points/Upsert</c>, the request as sent, the api-key header.</summary>
public sealed record FakeQdrantCall(string Method, IMessage Request, string? ApiKey);
