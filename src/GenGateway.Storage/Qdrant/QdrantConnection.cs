using Microsoft.Extensions.Logging;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace GenGateway.Storage.Qdrant;

/// <summary>Builds the <see cref="QdrantClient"/> from the settings: gRPC channel, API key, TLS, per-call deadline.</summary>
public static class QdrantConnection
{
    /// <summary>
    /// A client for <see cref="QdrantOptions.Url"/>: <c>https</c> turns on TLS (validated against the system's roots, or
    /// pinned to <see cref="QdrantOptions.CertificateThumbprint"/>); the API key goes in every call's <c>api-key</c> header.
    /// </summary>
    public static QdrantClient CreateClient(QdrantOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var url = options.Url ?? throw new InvalidOperationException("The Qdrant backend needs QDRANT_URL or GenGateway:Qdrant:Url.");
        var channel = QdrantChannel.ForAddress(url, new ClientConfiguration
        {
            ApiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey,
            CertificateThumbprint = string.IsNullOrWhiteSpace(options.CertificateThumbprint) ? null : options.CertificateThumbprint,
        });
        return new QdrantClient(new QdrantGrpcClient(channel), options.Timeout, loggerFactory);
    }
}
