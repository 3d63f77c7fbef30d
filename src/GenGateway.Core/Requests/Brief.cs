namespace GenGateway.Core.Requests;

/// <summary>A campaign brief: everything a subject line may claim comes from here.</summary>
public sealed record Brief
{
    /// <summary>Campaign name.</summary>
    public string? Campaign { get; init; }

    /// <summary>What is being promoted.</summary>
    public string? Product { get; init; }

    /// <summary>The offer, for example <c>20% off</c>.</summary>
    public string? Offer { get; init; }

    /// <summary>Who the email goes to.</summary>
    public string? Audience { get; init; }

    /// <summary>Facts the copy may use.</summary>
    public IReadOnlyList<string>? Facts { get; init; }

    /// <summary>Words or phrases every candidate must contain.</summary>
    public IReadOnlyList<string>? MustInclude { get; init; }

    /// <summary>Words or phrases no candidate may contain.</summary>
    public IReadOnlyList<string>? Avoid { get; init; }
}
