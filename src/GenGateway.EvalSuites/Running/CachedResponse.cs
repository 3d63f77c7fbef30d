namespace GenGateway.EvalSuites.Running;

/// <summary>What the response cache keeps of one model answer.</summary>
/// <param name="Text">The assistant's text.</param>
/// <param name="ModelId">Model id the provider reported.</param>
/// <param name="InputTokens">Prompt tokens, when reported.</param>
/// <param name="OutputTokens">Completion tokens, when reported.</param>
/// <param name="FinishReason">Finish reason, when reported.</param>
internal sealed record CachedResponse(string Text, string? ModelId, long? InputTokens, long? OutputTokens, string? FinishReason);
