using GenGateway.Core.Responses;
using Microsoft.Extensions.AI;

namespace GenGateway.Core.Prompts;

/// <summary>A prompt ready to send: messages, the execution settings that apply and which prompt it was.</summary>
public sealed record RenderedPrompt(IReadOnlyList<ChatMessage> Messages, PromptExecutionSettings Settings, PromptInfo Info);
