namespace GenGateway.Core.Responses;

/// <summary>Where the time of a request went, in milliseconds.</summary>
public sealed record Timings
{
    /// <summary>Wall time of the whole generation.</summary>
    public double TotalMs { get; init; }

    /// <summary>Time spent waiting for model providers.</summary>
    public double ModelMs { get; init; }
}
