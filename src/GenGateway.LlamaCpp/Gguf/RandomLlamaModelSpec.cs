namespace GenGateway.LlamaCpp.Gguf;

/// <summary>Shape of a random-weight llama-architecture model written by <see cref="RandomLlamaModelWriter"/>.</summary>
public sealed record RandomLlamaModelSpec
{
    /// <summary>Hidden width.</summary>
    public int EmbeddingLength { get; init; } = 64;

    /// <summary>Transformer blocks.</summary>
    public int BlockCount { get; init; } = 2;

    /// <summary>Attention heads.</summary>
    public int HeadCount { get; init; } = 4;

    /// <summary>Key/value heads (grouped-query attention when fewer than <see cref="HeadCount"/>).</summary>
    public int HeadCountKv { get; init; } = 2;

    /// <summary>Feed-forward width.</summary>
    public int FeedForwardLength { get; init; } = 128;

    /// <summary>Training context length written to the metadata.</summary>
    public int ContextLength { get; init; } = 2048;

    /// <summary>Seed of the weights; the same seed gives the same file.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Standard deviation of the weights.</summary>
    public float WeightScale { get; init; } = 0.5f;

    /// <summary>When set, written as <c>llama.pooling_type</c> (1 = mean, 2 = CLS, 3 = last), making it an embedding model.</summary>
    public uint? PoolingType { get; init; }

    /// <summary>Chat template written as <c>tokenizer.chat_template</c>; null writes none.</summary>
    public string? ChatTemplate { get; init; } = ChatMlTemplate;

    /// <summary>A ChatML Jinja template (llama.cpp recognises it by its <c>&lt;|im_start|&gt;</c> markers).</summary>
    public const string ChatMlTemplate =
        "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}" +
        "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
}
