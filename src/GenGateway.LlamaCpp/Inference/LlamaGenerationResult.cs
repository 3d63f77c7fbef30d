namespace GenGateway.LlamaCpp.Inference;

/// <summary>How a generation ended.</summary>
/// <param name="PromptTokens">Tokens in the prompt.</param>
/// <param name="OutputTokens">Tokens generated.</param>
/// <param name="StoppedNaturally">True for end-of-generation or a stop sequence; false when a token or context limit cut it.</param>
public sealed record LlamaGenerationResult(int PromptTokens, int OutputTokens, bool StoppedNaturally);
