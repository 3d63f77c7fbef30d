using GenGateway.Experiments.Configuration;

namespace GenGateway.Experiments.Tests.Support;

internal static class Definitions
{
    public static ExperimentDefinition TwoArm(string holdout = HoldoutModes.Empty, double variantWeight = 1) => new()
    {
        Tenant = "default",
        Task = "subject-lines",
        Salt = "s1",
        Arms = new(StringComparer.Ordinal)
        {
            ["control"] = new ArmDefinition { Control = true, Holdout = holdout },
            ["variant"] = new ArmDefinition { Weight = variantWeight },
        },
    };

    public static ExperimentsOptions Options(ExperimentDefinition definition, string id = "exp") =>
        new() { Definitions = new(StringComparer.Ordinal) { [id] = definition } };
}
