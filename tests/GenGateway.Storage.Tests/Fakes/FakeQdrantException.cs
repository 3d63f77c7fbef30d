namespace GenGateway.Storage.Tests.Fakes;

/// <summary>An error the fake answers as Qdrant's ErrorResponse JSON.</summary>
public sealed class FakeQdrantException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
