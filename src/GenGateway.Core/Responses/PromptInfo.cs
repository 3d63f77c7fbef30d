namespace GenGateway.Core.Responses;

/// <summary>Which prompt function produced a response.</summary>
/// <param name="Name">The prompt's name.</param>
/// <param name="Version">Content hash of the prompt file, so callers can tell prompt changes apart.</param>
public sealed record PromptInfo(string Name, string Version);
