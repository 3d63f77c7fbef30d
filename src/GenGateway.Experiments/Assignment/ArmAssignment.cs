using GenGateway.Experiments.Configuration;

namespace GenGateway.Experiments.Assignment;

/// <summary>The arm a request is served, and why.</summary>
/// <param name="ExperimentId">The experiment.</param>
/// <param name="ArmName">The arm's name.</param>
/// <param name="Arm">The arm's definition.</param>
/// <param name="Unit">The randomization unit: the user id, or the caller's experiment key.</param>
/// <param name="Forced">Pinned by <see cref="ExperimentDefinition.ForcedArms"/> (QA); left out of the report.</param>
public sealed record ArmAssignment(string ExperimentId, string ArmName, ArmDefinition Arm, string Unit, bool Forced);
