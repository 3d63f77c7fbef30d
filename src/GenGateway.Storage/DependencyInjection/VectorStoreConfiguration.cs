using System.Globalization;
using GenGateway.Storage.Embeddings;
using GenGateway.Storage.Qdrant;
using Microsoft.Extensions.Configuration;

namespace GenGateway.Storage.DependencyInjection;

/// <summary>Reads the storage settings, with the conventional environment variables as fallbacks.</summary>
internal static class VectorStoreConfiguration
{
    public static void BindSelection(VectorStoreSelection selection, IConfiguration configuration)
    {
        var explicitBackend = configuration["GenGateway:VectorStore"];
        selection.Backend = !string.IsNullOrWhiteSpace(explicitBackend)
            ? explicitBackend.Trim().ToLowerInvariant()
            : QdrantUrl(configuration) is not null ? "qdrant" : "embedded";
    }

    public static void BindQdrant(QdrantOptions options, IConfiguration configuration)
    {
        configuration.GetSection("GenGateway:Qdrant").Bind(options);
        options.Url = QdrantUrl(configuration) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? WithGrpcPort(uri) : null;
        options.ApiKey = First(configuration["GenGateway:Qdrant:ApiKey"], configuration["QDRANT_API_KEY"], Environment.GetEnvironmentVariable("QDRANT_API_KEY"));
    }

    public static void BindEmbeddings(EmbeddingOptions options, IConfiguration configuration)
    {
        configuration.GetSection("GenGateway:Embeddings").Bind(options);
        options.Provider = options.Provider.Trim().ToLowerInvariant();
        options.ApiKey = First(options.ApiKey, configuration["OPENAI_API_KEY"], Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
        if (options.BaseUrl is null)
        {
            var fallback = First(configuration["OPENAI_BASE_URL"], Environment.GetEnvironmentVariable("OPENAI_BASE_URL")) ?? "https://api.openai.com/v1";
            options.BaseUrl = Uri.TryCreate(fallback, UriKind.Absolute, out var uri) ? uri : null;
        }

        if (options.Dimensions is null && configuration["GenGateway:Embeddings:Dimensions"] is { } text
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var dimensions))
        {
            options.Dimensions = dimensions;
        }
    }

    // A URL without a port means Qdrant's gRPC port, not the scheme's 80/443.
    private static Uri WithGrpcPort(Uri uri) =>
        uri.IsDefaultPort && uri.Scheme is "http" or "https" && !uri.OriginalString.Contains($":{uri.Port}", StringComparison.Ordinal)
            ? new UriBuilder(uri) { Port = QdrantOptions.GrpcPort }.Uri
            : uri;

    private static string? QdrantUrl(IConfiguration configuration) =>
        First(configuration["GenGateway:Qdrant:Url"], configuration["QDRANT_URL"], Environment.GetEnvironmentVariable("QDRANT_URL"));

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
