namespace GenGateway.EvalSuites.Results;

/// <summary>A suite that took part in a run.</summary>
/// <param name="Name">Suite name.</param>
/// <param name="File">Suite file.</param>
/// <param name="Description">Its description.</param>
/// <param name="Prompt">Prompt function name.</param>
/// <param name="PromptVersion">Content hash of the prompt actually used.</param>
/// <param name="Providers">Provider labels.</param>
public sealed record SuiteInfo(string Name, string File, string? Description, string Prompt, string PromptVersion, IReadOnlyList<string> Providers);
