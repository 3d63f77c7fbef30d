namespace GenGateway.Core.Responses;

/// <summary>The experiment arm a response was served from.</summary>
/// <param name="Id">Experiment id.</param>
/// <param name="Arm">Arm name.</param>
/// <param name="Holdout">True when the arm is the control and answered without generated copy.</param>
public sealed record ExperimentInfo(string Id, string Arm, bool Holdout = false);
