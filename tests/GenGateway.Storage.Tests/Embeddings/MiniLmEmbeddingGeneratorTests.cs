using System.Numerics.Tensors;
using GenGateway.Storage.Embeddings;
using Microsoft.Extensions.AI;

namespace GenGateway.Storage.Tests.Embeddings;

public sealed class MiniLmEmbeddingGeneratorTests
{
    private static readonly MiniLmEmbeddingGenerator Embedder = MiniLmEmbeddingGenerator.Shared;

    [Fact]
    public void Paraphrases_that_share_no_word_score_far_above_unrelated_text()
    {
        var vectors = Embedder.Embed(["How much does this cost?", "What is the price?", "My cat loves sleeping in the sun."]);

        var paraphrase = TensorPrimitives.CosineSimilarity(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.CosineSimilarity(vectors[0], vectors[2]);
        Assert.True(paraphrase > 0.5f, $"paraphrase cosine {paraphrase}");
        Assert.True(unrelated < 0.2f, $"unrelated cosine {unrelated}");
    }

    [Fact]
    public async Task Returns_unit_vectors_of_384_dimensions_in_input_order_whatever_the_batching()
    {
        // Lengths vary so the length-ordered batches differ from the input order; 40 texts span two batches.
        var texts = Enumerable.Range(0, 40).Select(i => string.Concat(Enumerable.Repeat($"word{i} ", (i * 7 % 13) + 1))).ToList();

        var batched = await Embedder.GenerateAsync(texts);

        Assert.Equal(40, batched.Count);
        foreach (var (text, embedding) in texts.Zip(batched))
        {
            Assert.Equal(384, embedding.Vector.Length);
            Assert.Equal(1f, TensorPrimitives.Norm(embedding.Vector.Span), 3);
            Assert.Equal(1f, TensorPrimitives.CosineSimilarity(Embedder.Embed(text), embedding.Vector.Span), 3);
        }
    }

    [Fact]
    public async Task Embeds_an_empty_text_and_refuses_another_dimension()
    {
        Assert.Equal(384, (await Embedder.GenerateVectorAsync(string.Empty)).Length);
        await Assert.ThrowsAsync<ArgumentException>(() => Embedder.GenerateAsync(["x"], new EmbeddingGenerationOptions { Dimensions = 512 }));
    }

    [Fact]
    public void Names_itself_by_model_and_dimension()
    {
        Assert.Equal(new EmbedderIdentity("minilm:all-MiniLM-L6-v2", 384), Embedder.GetService<EmbedderIdentity>());
        Assert.Equal(384, Embedder.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
    }
}
