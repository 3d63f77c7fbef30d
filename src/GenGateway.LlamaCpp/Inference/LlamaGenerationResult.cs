namespace GenGateway.LlamaCpp.Inference;

/// <summary>How a generation ended, and how long its two phases took.</summary>
/// <param name="PromptTokens">Tokens in the prompt.</param>
/// <param name="OutputTokens">Tokens generated.</param>
/// <param name="StoppedNaturally">True for end-of-generation or a stop sequence; false when a token or context limit cut it.</param>
/// <param name="TimeToFirstToken">Reading the prompt and sampling the first token.</param>
/// <param name="Elapsed">The whole generation.</param>
public sealed record LlamaGenerationResult(
    int PromptTokens, int OutputTokens, bool StoppedNaturally, TimeSpan TimeToFirstToken, TimeSpan Elapsed)
{
    /// <summary>Prompt tokens read per second (prompt tokens over <see cref="TimeToFirstToken"/>).</summary>
    public double PromptTokensPerSecond => TimeToFirstToken > TimeSpan.Zero ? PromptTokens / TimeToFirstToken.TotalSeconds : 0;

    /// <summary>Tokens generated per second after the first one.</summary>
    public double GenerationTokensPerSecond =>
        OutputTokens > 1 && Elapsed > TimeToFirstToken ? (OutputTokens - 1) / (Elapsed - TimeToFirstToken).TotalSeconds : 0;
}
