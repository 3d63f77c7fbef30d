namespace GenGateway.LlamaCpp;

/// <summary>Configuration of the in-process llama.cpp provider (run by LLamaSharp) (section <c>GenGateway:LlamaCpp</c> by convention).</summary>
public sealed record LlamaCppOptions
{
    /// <summary>Configuration section name under the gateway's root section.</summary>
    public const string SectionName = "LlamaCpp";

    /// <summary>GGUF instruct/chat model for generation; null disables local generation.</summary>
    public string? ModelPath { get; init; }

    /// <summary>GGUF embedding model; null disables local embeddings.</summary>
    public string? EmbeddingModelPath { get; init; }

    /// <summary>Tokens of context per request slot (prompt plus output). Default 4096.</summary>
    public int ContextSize { get; init; } = 4096;

    /// <summary>CPU threads per request. Default: the processor count.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Prompt tokens decoded per llama_decode call. Default 512.</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>Requests served at once per model (one context each); further requests queue. Default 1.</summary>
    public int MaxConcurrency { get; init; } = 1;

    /// <summary>
    /// How long a queued request waits for a free context before it fails (and the next provider in the chain takes
    /// over). Default 30 seconds.
    /// </summary>
    public TimeSpan QueueTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Inputs embedded together in one batch by the local embedding model. Default 16.</summary>
    public int EmbeddingBatchSize { get; init; } = 16;

    /// <summary>Output token limit when the request sets none. Default 512.</summary>
    public int DefaultMaxOutputTokens { get; init; } = 512;

    /// <summary>Every problem with these options, as messages naming the key; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (ContextSize is < 64 or > 1_048_576)
        {
            errors.Add($"{nameof(ContextSize)} must be between 64 and 1048576 (was {ContextSize}).");
        }

        if (Threads is < 1 or > 1024)
        {
            errors.Add($"{nameof(Threads)} must be between 1 and 1024 (was {Threads}).");
        }

        if (BatchSize < 1 || BatchSize > ContextSize)
        {
            errors.Add($"{nameof(BatchSize)} must be between 1 and {nameof(ContextSize)} (was {BatchSize}).");
        }

        if (MaxConcurrency is < 1 or > 64)
        {
            errors.Add($"{nameof(MaxConcurrency)} must be between 1 and 64 (was {MaxConcurrency}).");
        }

        if (QueueTimeout <= TimeSpan.Zero || QueueTimeout > TimeSpan.FromHours(1))
        {
            errors.Add($"{nameof(QueueTimeout)} must be more than 0 and at most 01:00:00 (was {QueueTimeout}).");
        }

        if (EmbeddingBatchSize is < 1 or > 256)
        {
            errors.Add($"{nameof(EmbeddingBatchSize)} must be between 1 and 256 (was {EmbeddingBatchSize}).");
        }

        if (DefaultMaxOutputTokens < 1)
        {
            errors.Add($"{nameof(DefaultMaxOutputTokens)} must be at least 1 (was {DefaultMaxOutputTokens}).");
        }

        CheckFile(errors, nameof(ModelPath), ModelPath);
        CheckFile(errors, nameof(EmbeddingModelPath), EmbeddingModelPath);
        return errors;
    }

    private static void CheckFile(List<string> errors, string key, string? path)
    {
        if (path is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            errors.Add($"{key} is empty; remove it or name a GGUF file.");
        }
        else if (!File.Exists(path))
        {
            errors.Add($"{key} '{path}' does not exist.");
        }
    }
}
