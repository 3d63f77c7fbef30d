using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Embeddings;
using Polly;

namespace GenGateway.Storage.Embeddings;

/// <summary>
/// The <c>openai</c> embedder: any OpenAI-compatible <c>/v1/embeddings</c> endpoint (OpenAI, Azure OpenAI v1, Ollama,
/// vLLM, llama.cpp's server) through Microsoft.Extensions.AI.OpenAI's generator, with the SDK's own retries off, wrapped
/// in <see cref="ResilientEmbeddingGenerator"/> (batches, the shared resilience pipeline, the dimension check), with the
/// response items put in index order first (<see cref="EmbeddingsOrderHandler"/>).
/// </summary>
public static class OpenAIEmbeddings
{
    /// <summary>
    /// Sent as the bearer key when none is configured: the SDK requires one, and local servers that need none ignore it.
    /// </summary>
    public const string NoKey = "no-key";

    /// <summary>
    /// Creates the embedder sending through <paramref name="handler"/> (pooled by the caller, not disposed here), with
    /// <see cref="EmbeddingsOrderHandler"/> in front, each batch through <paramref name="pipeline"/>.
    /// </summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(HttpMessageHandler handler, EmbeddingOptions options, ResiliencePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);
        var model = string.IsNullOrWhiteSpace(options.Model)
            ? throw new ArgumentException("GenGateway:Embeddings:Model is required for the openai provider.", nameof(options))
            : options.Model;
        var dimension = options.Dimensions is > 0 and var d
            ? d
            : throw new ArgumentException("GenGateway:Embeddings:Dimensions is required for the openai provider.", nameof(options));
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.BaseUrl,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The pipeline owns the attempt timeout; the SDK's 100 s default must not cut in first.
            NetworkTimeout = TimeSpan.FromMinutes(10),
            Transport = new HttpClientPipelineTransport(
                new HttpClient(new EmbeddingsOrderHandler { InnerHandler = handler }, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }),
        };
        var client = new EmbeddingClient(model, new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? NoKey : options.ApiKey), clientOptions);
        // Only models that can shorten their output accept `dimensions`; the others get none and are checked afterwards.
        var generator = client.AsIEmbeddingGenerator(options.SendDimensions ? dimension : null);
        return new ResilientEmbeddingGenerator(generator, model, dimension, options.BatchSize, pipeline);
    }
}
