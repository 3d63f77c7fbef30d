using GenGateway.Resilience.Failures;
using Grpc.Core;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// Qdrant refused a call, or could not be reached after the retries. It tells the shared resilience pipeline whether
/// another attempt may help (<see cref="QdrantResilience.IsTransient"/> on its gRPC status).
/// </summary>
public sealed class QdrantStoreException : Exception, IOutboundFailureSource
{
    /// <summary>Creates the exception.</summary>
    public QdrantStoreException(string operation, StatusCode? statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
    }

    /// <summary>What the store was doing, e.g. <c>upsert points</c>.</summary>
    public string Operation { get; }

    /// <summary>gRPC status Qdrant answered with, or null when the failure was not a gRPC status.</summary>
    public StatusCode? StatusCode { get; }

    /// <inheritdoc />
    public OutboundFailure Failure =>
        StatusCode is { } status && QdrantResilience.IsTransient(status) ? OutboundFailure.Transient : OutboundFailure.Permanent;

    /// <summary>Wraps a gRPC failure with what was being done and, for the usual causes, what to check.</summary>
    internal static QdrantStoreException From(string operation, string collection, RpcException error)
    {
        var hint = error.StatusCode switch
        {
            Grpc.Core.StatusCode.Unauthenticated or Grpc.Core.StatusCode.PermissionDenied =>
                " Check QDRANT_API_KEY (GenGateway:Qdrant:ApiKey) against Qdrant's service API key.",
            Grpc.Core.StatusCode.Unavailable =>
                $" Check QDRANT_URL: it must be Qdrant's gRPC endpoint (port {QdrantOptions.GrpcPort}, not the REST port 6333).",
            _ => string.Empty,
        };
        return new QdrantStoreException(operation, error.StatusCode,
            $"Qdrant {operation} on collection '{collection}' failed: {error.StatusCode}: {error.Status.Detail}.{hint}", error);
    }
}
