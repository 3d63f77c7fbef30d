namespace GenGateway.Core.Feedback;

/// <summary>What one generation response released, kept so feedback can name the candidate it is about.</summary>
public sealed record GenerationRecord(string Tenant, string? UserId, string Task, string PromptVersion, string Model, IReadOnlyList<string> Candidates);
