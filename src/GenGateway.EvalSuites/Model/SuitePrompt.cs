namespace GenGateway.EvalSuites.Model;

/// <summary>The prompt function a suite exercises, with an optional pinned version or override.</summary>
public sealed record SuitePrompt
{
    /// <summary>Name of the function in <c>prompts/</c> (also the task: subject-lines, smart-replies, ui-copy).</summary>
    public required string Name { get; init; }

    /// <summary>When set, the loaded prompt's content hash must start with this; a mismatch makes the suite invalid.</summary>
    public string? Version { get; init; }

    /// <summary>A prompt YAML file (relative to the suite) that replaces the library's function of the same task.</summary>
    public string? File { get; init; }

    /// <summary>An inline template that replaces the function's <c>template</c>, keeping its variables and settings.</summary>
    public string? Template { get; init; }

    /// <summary>The prompts folder; null searches upwards from the suite for <c>prompts/&lt;name&gt;.yaml</c>.</summary>
    public string? Directory { get; init; }

    /// <summary>Where the prompt was written.</summary>
    public required SourceLocation Location { get; init; }
}
