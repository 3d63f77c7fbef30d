using System.Text.Json;
using Microsoft.Extensions.AI;
using Polly;

namespace GenGateway.Storage.Embeddings;

/// <summary>
/// Sends texts to a hosted embedder in batches of at most <c>batchSize</c>, each batch through the shared outbound
/// <see cref="ResiliencePipeline"/> (embedding a text twice is harmless, so a failed batch is simply sent again), and
/// checks every returned vector against the configured dimension, so a model swap behind the same name is caught
/// before anything is stored.
/// </summary>
public sealed class ResilientEmbeddingGenerator(
    IEmbeddingGenerator<string, Embedding<float>> inner, string model, int dimension, int batchSize, ResiliencePipeline pipeline)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    /// <summary>Identity recorded with the stored vectors: <c>openai:&lt;model&gt;</c> and the dimension.</summary>
    public EmbedderIdentity Identity => new("openai:" + model, dimension);

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var batch in values.Chunk(Math.Max(1, batchSize)))
        {
            GeneratedEmbeddings<Embedding<float>> embedded;
            try
            {
                embedded = await pipeline.ExecuteAsync(
                    async token => await base.GenerateAsync(batch, options, token),
                    cancellationToken);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"The embeddings response from model {model} is not in the OpenAI format: {ex.Message}", ex);
            }

            if (embedded.Count != batch.Length)
            {
                throw new InvalidDataException($"The embeddings response has {embedded.Count} vectors for {batch.Length} inputs.");
            }

            foreach (var embedding in embedded)
            {
                if (embedding.Vector.Length != dimension)
                {
                    throw new InvalidDataException(
                        $"Model {model} returned {embedding.Vector.Length}-dimensional embeddings; GenGateway:Embeddings:Dimensions is {dimension}.");
                }

                result.Add(embedding);
            }
        }

        return result;
    }
}
