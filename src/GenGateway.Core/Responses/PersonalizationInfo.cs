namespace GenGateway.Core.Responses;

/// <summary>What personalization went into a response.</summary>
public sealed record PersonalizationInfo
{
    /// <summary>Version of the profile used, 0 when there is none.</summary>
    public long ProfileVersion { get; init; }

    /// <summary>True when the user has no history (or no consent) and generic output was produced.</summary>
    public bool ColdStart { get; init; } = true;

    /// <summary>Names of the style traits given to the prompt.</summary>
    public IReadOnlyList<string> TraitsUsed { get; init; } = [];

    /// <summary>How many of the user's own messages were given as style examples.</summary>
    public int Examples { get; init; }
}
