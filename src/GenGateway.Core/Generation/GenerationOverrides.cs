namespace GenGateway.Core.Generation;

/// <summary>
/// Changes to how one request is generated, set by an experiment arm: another prompt function, another provider chain,
/// no personalization, or the rule path only.
/// </summary>
public sealed record GenerationOverrides
{
    /// <summary>Prompt function to use instead of the task's own.</summary>
    public string? PromptName { get; init; }

    /// <summary>Providers to try, in order, instead of the task's chain.</summary>
    public IReadOnlyList<string>? Providers { get; init; }

    /// <summary>False generates as for a cold-start user, whatever the profile holds.</summary>
    public bool Personalize { get; init; } = true;

    /// <summary>True skips every provider and answers from the rule-based generator.</summary>
    public bool RulesOnly { get; init; }
}
