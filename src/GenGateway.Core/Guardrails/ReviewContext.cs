using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;

namespace GenGateway.Core.Guardrails;

/// <summary>What a reviewer may look at besides the candidate: the request, the length limit in force, the user's profile and the text of the prompt sent (null when no model was asked).</summary>
public sealed record ReviewContext(string Tenant, ITaskRequest Request, int MaxLength, PersonalizationContext Profile, string? PromptText);
