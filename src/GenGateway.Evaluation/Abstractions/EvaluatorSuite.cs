using GenGateway.Evaluation.Grounding;
using GenGateway.Evaluation.Policy;
using GenGateway.Evaluation.Tone;

namespace GenGateway.Evaluation;

/// <summary>The deterministic evaluators run together on one candidate.</summary>
public sealed class EvaluatorSuite
{
    /// <summary>A suite of the built-in grounding, tone and policy evaluators; the tone evaluator scores politeness with <paramref name="politeness"/>.</summary>
    public EvaluatorSuite(PolitenessScorer politeness)
        : this([new GroundingEvaluator(), new ToneEvaluator(politeness), new PolicyEvaluator()])
    {
    }

    /// <summary>A suite of <paramref name="evaluators"/>, run in order.</summary>
    public EvaluatorSuite(IReadOnlyList<ICandidateEvaluator> evaluators) => Evaluators = evaluators;

    /// <summary>The evaluators, in order.</summary>
    public IReadOnlyList<ICandidateEvaluator> Evaluators { get; }

    /// <summary>Runs every evaluator on <paramref name="candidate"/>.</summary>
    public IReadOnlyList<EvaluationResult> Evaluate(Candidate candidate, EvaluationContext context)
    {
        var results = new EvaluationResult[Evaluators.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = Evaluators[i].Evaluate(candidate, context);
        }

        return results;
    }
}
