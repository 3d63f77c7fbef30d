namespace GenGateway.Core.Validation;

/// <summary>Bounds on generation requests; shared by the server and the eval runner.</summary>
public sealed record RequestLimits
{
    /// <summary>Largest candidate count a request may ask for.</summary>
    public int MaxCount { get; init; } = 10;

    /// <summary>Default candidate count.</summary>
    public int DefaultCount { get; init; } = 3;

    /// <summary>Smallest allowed <c>maxLength</c>.</summary>
    public int MinMaxLength { get; init; } = 10;

    /// <summary>Largest allowed <c>maxLength</c>.</summary>
    public int MaxMaxLength { get; init; } = 500;

    /// <summary>Most messages a smart-reply thread may hold.</summary>
    public int MaxThreadMessages { get; init; } = 50;

    /// <summary>Longest text of one field (a message, a fact) in characters.</summary>
    public int MaxTextLength { get; init; } = 4000;

    /// <summary>Most items in a list field (facts, mustInclude, avoid).</summary>
    public int MaxListItems { get; init; } = 20;
}
