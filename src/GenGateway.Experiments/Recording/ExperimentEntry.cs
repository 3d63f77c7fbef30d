namespace GenGateway.Experiments.Recording;

/// <summary>One line of an experiment log: an exposure or an outcome.</summary>
public sealed record ExperimentEntry
{
    /// <summary>Set for an exposure.</summary>
    public ExposureRecord? Exposure { get; init; }

    /// <summary>Set for an outcome.</summary>
    public OutcomeRecord? Outcome { get; init; }
}
