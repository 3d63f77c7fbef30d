using System.Net;

namespace GenGateway.Storage.Qdrant;

/// <summary>Qdrant answered with an error, or could not be reached after the retries.</summary>
public sealed class QdrantException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QdrantException(string operation, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
    }

    /// <summary>What the store was doing, e.g. <c>upsert points</c>.</summary>
    public string Operation { get; }

    /// <summary>HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }
}
