using System.Collections.Frozen;

namespace GenGateway.Core.Prompts;

/// <summary>A prompt function loaded from a YAML file in Semantic Kernel's prompt-template schema.</summary>
public sealed record PromptFunction
{
    /// <summary>Function name; the gateway looks prompts up by it.</summary>
    public required string Name { get; init; }

    /// <summary>What the function does.</summary>
    public string? Description { get; init; }

    /// <summary><c>semantic-kernel</c> or <c>handlebars</c>.</summary>
    public required string TemplateFormat { get; init; }

    /// <summary>The template text.</summary>
    public required string Template { get; init; }

    /// <summary>Declared inputs.</summary>
    public IReadOnlyList<InputVariable> InputVariables { get; init; } = [];

    /// <summary>Description of the output.</summary>
    public string? OutputDescription { get; init; }

    /// <summary>Execution settings keyed by service id; <c>default</c> is the fallback.</summary>
    public FrozenDictionary<string, PromptExecutionSettings> ExecutionSettings { get; init; } =
        FrozenDictionary<string, PromptExecutionSettings>.Empty;

    /// <summary>Prompt-wide switch to insert all values unencoded.</summary>
    public bool AllowDangerouslySetContent { get; init; }

    /// <summary>Path of the file it came from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Content hash of the file (first 12 hex chars of SHA-256).</summary>
    public required string Version { get; init; }

    /// <summary>Settings for a service id, falling back to <c>default</c>, then to empty settings.</summary>
    public PromptExecutionSettings SettingsFor(string? serviceId) =>
        serviceId is not null && ExecutionSettings.TryGetValue(serviceId, out var s) ? s
        : ExecutionSettings.TryGetValue("default", out var d) ? d
        : PromptExecutionSettings.Empty;
}
