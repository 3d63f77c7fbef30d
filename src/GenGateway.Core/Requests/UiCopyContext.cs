namespace GenGateway.Core.Requests;

/// <summary>Where a piece of UI copy appears and what it is for.</summary>
public sealed record UiCopyContext
{
    /// <summary>Screen or surface, for example <c>checkout</c>.</summary>
    public string? Screen { get; init; }

    /// <summary>What the user should do or understand.</summary>
    public string? Goal { get; init; }

    /// <summary>Facts the copy may use.</summary>
    public IReadOnlyList<string>? Facts { get; init; }
}
