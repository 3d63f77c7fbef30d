using GenGateway.EvalSuites.Assertions;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Grounding;

namespace GenGateway.Cli.Commands;

/// <summary>The evaluators and embedder that the CLI's suite runs use for <c>grounded</c>, <c>tone</c>, <c>policy</c> and <c>similar</c>.</summary>
public static class EvalServices
{
    /// <summary>Builds the services from the evaluators this build has.</summary>
    public static AssertionServices Create()
    {
        ICandidateEvaluator[] evaluators = [new GroundingEvaluator()];
        return new AssertionServices
        {
            Evaluators = evaluators.ToDictionary(e => e.Name, StringComparer.Ordinal),
        };
    }
}
