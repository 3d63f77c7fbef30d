namespace GenGateway.Core.Prompts;

/// <summary>An entry of <c>input_variables</c> in Semantic Kernel's prompt schema.</summary>
public sealed record InputVariable
{
    /// <summary>Variable name as used in the template.</summary>
    public required string Name { get; init; }

    /// <summary>What the variable holds.</summary>
    public string? Description { get; init; }

    /// <summary>Value used when the caller supplies none.</summary>
    public string? Default { get; init; }

    /// <summary>Whether rendering fails without a value.</summary>
    public bool IsRequired { get; init; } = true;

    /// <summary>JSON schema of the value, kept as text.</summary>
    public string? JsonSchema { get; init; }

    /// <summary>When true the value is inserted without encoding (it may then carry message tags).</summary>
    public bool AllowDangerouslySetContent { get; init; }
}
