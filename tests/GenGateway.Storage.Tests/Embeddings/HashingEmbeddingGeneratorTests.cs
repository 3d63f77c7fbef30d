using System.Numerics.Tensors;
using GenGateway.Storage.Embeddings;
using Microsoft.Extensions.AI;

namespace GenGateway.Storage.Tests.Embeddings;

public sealed class HashingEmbeddingGeneratorTests
{
    private readonly HashingEmbeddingGenerator _embedder = new();

    [Fact]
    public void Gives_the_same_vector_for_the_same_text_in_every_instance()
    {
        var first = _embedder.Embed("Can we move our call to Thursday at 3pm?");
        var second = new HashingEmbeddingGenerator().Embed("Can we move our call to Thursday at 3pm?");

        Assert.Equal(first, second);
    }

    [Fact]
    public void Keeps_a_pinned_value_so_stored_vectors_stay_comparable_across_releases()
    {
        // If this changes, hashing-v1 vectors on disk no longer match new ones: bump ModelName instead.
        var vector = new HashingEmbeddingGenerator(16).Embed("hello world");

        Assert.Equal(16, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 5);
        Assert.Equal(new HashingEmbeddingGenerator(16).Embed("Hello,  WORLD!"), vector);
    }

    [Fact]
    public void Returns_unit_length_vectors_of_the_configured_dimension()
    {
        var vector = new HashingEmbeddingGenerator(128).Embed("Winter sale: 20% off coats 🧥");

        Assert.Equal(128, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 5);
    }

    [Fact]
    public void Places_texts_sharing_words_closer_than_unrelated_texts()
    {
        var query = _embedder.Embed("budget review meeting on thursday");
        var related = _embedder.Embed("the budget review is moved to thursday");
        var unrelated = _embedder.Embed("happy birthday, enjoy the cake");

        Assert.True(TensorPrimitives.CosineSimilarity(query, related) > TensorPrimitives.CosineSimilarity(query, unrelated) + 0.2f);
    }

    [Fact]
    public void Relates_word_forms_through_character_trigrams()
    {
        var similarity = TensorPrimitives.CosineSimilarity(_embedder.Embed("scheduling"), _embedder.Embed("schedule"));

        Assert.True(similarity > 0.3f, $"similarity {similarity}");
    }

    [Fact]
    public void Gives_a_zero_vector_for_text_without_words()
    {
        Assert.All(_embedder.Embed("  ... "), v => Assert.Equal(0f, v));
    }

    [Fact]
    public async Task Implements_IEmbeddingGenerator_with_its_model_id()
    {
        var embeddings = await _embedder.GenerateAsync(["one", "two"]);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal("hashing-v1", e.ModelId));
        Assert.Equal(384, _embedder.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
        Assert.Equal(new EmbedderIdentity("hashing-v1", 384), _embedder.Identity);
    }

    [Fact]
    public async Task Rejects_a_request_for_another_dimension()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _embedder.GenerateAsync(["x"], new EmbeddingGenerationOptions { Dimensions = 12 }));
    }
}
