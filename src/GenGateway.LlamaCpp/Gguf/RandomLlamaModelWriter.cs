namespace GenGateway.LlamaCpp.Gguf;

/// <summary>
/// Writes a llama-architecture GGUF with seeded random F32 weights and the <see cref="SyntheticVocabulary"/>. Its output
/// is noise, but it exercises the whole path (load, chat template, decode, sampling, grammar, embeddings)
/// deterministically and without downloading anything.
/// </summary>
public static class RandomLlamaModelWriter
{
    /// <summary>Writes the model to <paramref name="outputPath"/>.</summary>
    /// <param name="outputPath">The GGUF to write.</param>
    /// <param name="spec">The model's shape and seed.</param>
    public static void Write(string outputPath, RandomLlamaModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        IReadOnlyList<KeyValuePair<string, GgufValue>> vocabulary = SyntheticVocabulary.Metadata();
        int vocabSize = ((Array)vocabulary.Single(p => p.Key == "tokenizer.ggml.tokens").Value.Value).Length;
        int embd = spec.EmbeddingLength;
        int headDim = embd / spec.HeadCount;
        int kvWidth = headDim * spec.HeadCountKv;
        var metadata = new List<KeyValuePair<string, GgufValue>>
        {
            new("general.architecture", GgufValue.Of("llama")),
            new("general.name", GgufValue.Of($"random-llama-{embd}x{spec.BlockCount}-seed{spec.Seed}")),
            new("general.file_type", GgufValue.Of(0u)),
            new("llama.context_length", GgufValue.Of((uint)spec.ContextLength)),
            new("llama.embedding_length", GgufValue.Of((uint)embd)),
            new("llama.block_count", GgufValue.Of((uint)spec.BlockCount)),
            new("llama.feed_forward_length", GgufValue.Of((uint)spec.FeedForwardLength)),
            new("llama.attention.head_count", GgufValue.Of((uint)spec.HeadCount)),
            new("llama.attention.head_count_kv", GgufValue.Of((uint)spec.HeadCountKv)),
            new("llama.attention.layer_norm_rms_epsilon", GgufValue.Of(1e-5f)),
            new("llama.rope.dimension_count", GgufValue.Of((uint)headDim)),
            new("llama.vocab_size", GgufValue.Of((uint)vocabSize)),
        };
        if (spec.PoolingType is uint pooling)
        {
            metadata.Add(new("llama.pooling_type", GgufValue.Of(pooling)));
        }

        metadata.AddRange(vocabulary);

        if (spec.ChatTemplate is not null)
        {
            metadata.Add(new("tokenizer.chat_template", GgufValue.Of(spec.ChatTemplate)));
        }

        var random = new Random(spec.Seed);
        GgufTensor embeddings = Random(random, "token_embd.weight", spec.WeightScale, embd, vocabSize);

        // The output projection is tied to these rows, so a zero row gives its token a logit of 0 while the best of the
        // other ~1,400 random logits is almost surely above 0: a random model never ends its turn or opens a new one by
        // itself, and a test or benchmark gets exactly the tokens it asks for (a grammar can still force the end).
        Array.Clear(embeddings.Data, 0, (SyntheticVocabulary.ImEnd + 1) * embd);
        var tensors = new List<GgufTensor>
        {
            embeddings,
            Ones("output_norm.weight", embd),
        };
        for (int block = 0; block < spec.BlockCount; block++)
        {
            string prefix = $"blk.{block}.";
            tensors.Add(Ones(prefix + "attn_norm.weight", embd));
            tensors.Add(Random(random, prefix + "attn_q.weight", spec.WeightScale, embd, embd));
            tensors.Add(Random(random, prefix + "attn_k.weight", spec.WeightScale, embd, kvWidth));
            tensors.Add(Random(random, prefix + "attn_v.weight", spec.WeightScale, embd, kvWidth));
            tensors.Add(Random(random, prefix + "attn_output.weight", spec.WeightScale, embd, embd));
            tensors.Add(Ones(prefix + "ffn_norm.weight", embd));
            tensors.Add(Random(random, prefix + "ffn_gate.weight", spec.WeightScale, embd, spec.FeedForwardLength));
            tensors.Add(Random(random, prefix + "ffn_up.weight", spec.WeightScale, embd, spec.FeedForwardLength));
            tensors.Add(Random(random, prefix + "ffn_down.weight", spec.WeightScale, spec.FeedForwardLength, embd));
        }

        // No output.weight: llama.cpp then ties the output projection to token_embd, halving the file.
        GgufFile.Write(outputPath, metadata, tensors);
    }

    private static GgufTensor Ones(string name, int length) => new(name, [length], Enumerable.Repeat(1f, length).ToArray());

    private static GgufTensor Random(Random random, string name, float scale, int inner, int outer)
    {
        var data = new float[(long)inner * outer];

        // Uniform in [-s, s] with s chosen so the standard deviation is scale / sqrt(inner): activations keep their size.
        float bound = scale * MathF.Sqrt(3f / inner);
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = (random.NextSingle() * 2f - 1f) * bound;
        }

        return new GgufTensor(name, [inner, outer], data);
    }
}
