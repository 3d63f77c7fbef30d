namespace GenGateway.LlamaCpp.Inference;

/// <summary>How the contexts of one <see cref="LlamaContextPool"/> are created.</summary>
/// <param name="ContextSize">Tokens of KV cache per context (prompt plus output).</param>
/// <param name="BatchSize">Tokens decoded per <c>llama_decode</c> call while reading the prompt.</param>
/// <param name="Threads">CPU threads per context.</param>
/// <param name="Embeddings">Create embedding contexts (pooled output) instead of generation contexts.</param>
/// <param name="Sequences">Sequences one context holds at once (embedding contexts batch several inputs).</param>
public sealed record LlamaContextSettings(int ContextSize, int BatchSize, int Threads, bool Embeddings, int Sequences = 1);
