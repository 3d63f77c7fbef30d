namespace GenGateway.Experiments.Simulation;

/// <summary>What the simulator drives through the gateway.</summary>
public sealed record SimulationSettings
{
    /// <summary>Synthetic users per run.</summary>
    public int Users { get; init; } = 2000;

    /// <summary>Independent runs (each with its own salt and random stream).</summary>
    public int Seeds { get; init; } = 100;

    /// <summary>First seed; runs use <c>FirstSeed … FirstSeed + Seeds − 1</c>.</summary>
    public int FirstSeed { get; init; } = 1;

    /// <summary>True click rate of users in the control (holdout).</summary>
    public double ControlRate { get; init; } = 0.10;

    /// <summary>True click rate of users in the variant.</summary>
    public double VariantRate { get; init; } = 0.12;

    /// <summary>Share of the variant's exposures the log loses (a deliberately broken split; 0 for a sound one).</summary>
    public double DropVariantExposures { get; init; }
}
