using System.Numerics.Tensors;
using GenGateway.LlamaCpp.Embeddings;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp;

/// <summary>Embeddings from the fixture's tiny mean-pooling model.</summary>
[Collection(LlamaCollection.Name)]
public sealed class LlamaEmbeddingGeneratorTests(LlamaModelFixture fixture)
{
    private LlamaEmbeddingGenerator Create(string? path = null) => LlamaEmbeddingGenerator.Create(new LlamaCppOptions
    {
        EmbeddingModelPath = path ?? fixture.EmbeddingModelPath,
        ContextSize = 256,
        BatchSize = 256,
        Threads = 2,
        MaxConcurrency = 2,
    });

    [Fact]
    public async Task Embeddings_are_normalized_deterministic_and_input_dependent()
    {
        using LlamaEmbeddingGenerator generator = Create();

        GeneratedEmbeddings<Embedding<float>> result = await generator.GenerateAsync(
            ["Winter sale ends Sunday", "Can we move our call to Thursday?", "Winter sale ends Sunday"]);

        Assert.Equal(3, result.Count);
        Assert.All(result, e => Assert.Equal(64, e.Vector.Length));
        Assert.All(result, e => Assert.Equal(1f, TensorPrimitives.Norm(e.Vector.Span), 3));
        AssertClose(result[0].Vector.ToArray(), result[2].Vector.ToArray());
        Assert.True(TensorPrimitives.CosineSimilarity(result[0].Vector.Span, result[1].Vector.Span) < 0.9999f);
        Assert.True(result.Usage!.InputTokenCount > 10);
        Assert.Equal("tiny-embed", result[0].ModelId);
    }

    [Fact]
    public async Task Pooling_follows_the_model_metadata()
    {
        using LlamaEmbeddingGenerator generator = Create();
        var model = (LlamaModel)generator.GetService(typeof(LlamaModel))!;

        Assert.Equal("1", model.GetMetadata("llama.pooling_type"));
        Embedding<float> embedding = await generator.GenerateAsync("profile text");
        Assert.Equal(generator.Dimensions, embedding.Vector.Length);
    }

    [Fact]
    public async Task A_model_without_pooling_metadata_is_mean_pooled()
    {
        // The chat model declares no pooling; its token embeddings are averaged instead.
        using LlamaEmbeddingGenerator generator = Create(fixture.ChatModelPath);

        Embedding<float> a = await generator.GenerateAsync("Winter sale ends Sunday");
        Embedding<float> b = await generator.GenerateAsync("Winter sale ends Sunday");

        Assert.Equal(1f, TensorPrimitives.Norm(a.Vector.Span), 3);
        AssertClose(a.Vector.ToArray(), b.Vector.ToArray());
    }

    [Fact]
    public async Task Concurrent_batches_agree_with_sequential_ones()
    {
        using LlamaEmbeddingGenerator generator = Create();
        string[] texts = ["a coat", "a hat", "a scarf", "gloves"];
        float[][] sequential = (await generator.GenerateAsync(texts)).Select(e => e.Vector.ToArray()).ToArray();

        Embedding<float>[] parallel = await Task.WhenAll(texts.Select(t => generator.GenerateAsync(t)));

        for (int i = 0; i < texts.Length; i++)
        {
            AssertClose(sequential[i], parallel[i].Vector.ToArray());
        }
    }

    [Fact]
    public void Metadata_names_the_provider_and_dimensions()
    {
        using LlamaEmbeddingGenerator generator = Create();

        var metadata = (EmbeddingGeneratorMetadata)generator.GetService(typeof(EmbeddingGeneratorMetadata))!;

        Assert.Equal("llama.cpp (LLamaSharp)", metadata.ProviderName);
        Assert.Equal(64, metadata.DefaultModelDimensions);
    }

    [Fact]
    public async Task Inputs_are_embedded_in_batches_of_the_configured_size()
    {
        using LlamaEmbeddingGenerator generator = LlamaEmbeddingGenerator.Create(new LlamaCppOptions
        {
            EmbeddingModelPath = fixture.EmbeddingModelPath, ContextSize = 256, BatchSize = 256, Threads = 2, EmbeddingBatchSize = 3,
        });
        string[] texts = ["a coat", "a hat", "a scarf", "gloves", "boots", "a winter sale", "free shipping"];

        GeneratedEmbeddings<Embedding<float>> batched = await generator.GenerateAsync(texts);

        Assert.Equal(3, generator.DecodeCount); // 3 + 3 + 1 inputs
        for (int i = 0; i < texts.Length; i++)
        {
            // Each input alone (its own decode) gives the vector it got inside a batch.
            AssertClose((await generator.GenerateAsync(texts[i])).Vector.ToArray(), batched[i].Vector.ToArray());
        }
    }

    [Fact]
    public async Task Vectors_match_LLamaSharps_own_embedder_on_the_same_model()
    {
        using LlamaEmbeddingGenerator generator = Create();
        var model = (LlamaModel)generator.GetService(typeof(LlamaModel))!;
        using var reference = new LLama.LLamaEmbedder(
            model.Weights, new LLama.Common.ModelParams(model.Path) { ContextSize = 256, Embeddings = true, Threads = 2 });

        float[] expected = (await reference.GetEmbeddings("Winter sale ends Sunday")).Single();
        TensorPrimitives.Divide(expected, TensorPrimitives.Norm(expected), expected);

        AssertClose(expected, (await generator.GenerateAsync("Winter sale ends Sunday")).Vector.ToArray());
    }

    // Batching changes the order llama.cpp sums in, so the same text can differ in the last bits of a float.
    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-4f, $"component {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
