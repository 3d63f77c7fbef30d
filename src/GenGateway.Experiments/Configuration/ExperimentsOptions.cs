namespace GenGateway.Experiments.Configuration;

/// <summary>Settings under <c>GenGateway:Experiments</c>; reloaded when the configuration changes.</summary>
public sealed class ExperimentsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "GenGateway:Experiments";

    /// <summary>How long after an exposure an outcome still counts for it.</summary>
    public TimeSpan AttributionWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Declared experiments, keyed by id.</summary>
    public Dictionary<string, ExperimentDefinition> Definitions { get; set; } = new(StringComparer.Ordinal);
}
