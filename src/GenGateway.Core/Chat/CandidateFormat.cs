using Microsoft.Extensions.AI;

namespace GenGateway.Core.Chat;

/// <summary>
/// Hints the pipeline puts in <see cref="ChatOptions.AdditionalProperties"/> about the answer it expects: a JSON array
/// of at most <see cref="CountKey"/> strings, each at most <see cref="MaxLengthKey"/> characters. Providers that can
/// constrain their output (the local llama.cpp provider turns them into a grammar) use them; others ignore them.
/// </summary>
public static class CandidateFormat
{
    /// <summary>Key of the number of candidates asked for (an <see cref="int"/>).</summary>
    public const string CountKey = "gengateway.candidates.count";

    /// <summary>Key of the task's length limit per candidate, in characters (an <see cref="int"/>).</summary>
    public const string MaxLengthKey = "gengateway.candidates.max_length";

    /// <summary>Reads the hints from <paramref name="options"/>; null when the caller did not set them.</summary>
    public static (int Count, int MaxLength)? Read(ChatOptions? options) =>
        options?.AdditionalProperties is { } properties
        && properties.TryGetValue(CountKey, out var count) && count is int c && c > 0
        && properties.TryGetValue(MaxLengthKey, out var length) && length is int l && l > 0
            ? (c, l)
            : null;
}
