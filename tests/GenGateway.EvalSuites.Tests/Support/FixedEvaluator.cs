using GenGateway.Evaluation;

namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>An evaluator with a fixed score per candidate text, recording the contexts it was given.</summary>
public sealed class FixedEvaluator(string name, Func<string, double> score) : ICandidateEvaluator
{
    public List<EvaluationContext> Contexts { get; } = [];

    public string Name => name;

    public EvaluationResult Evaluate(Candidate candidate, EvaluationContext context)
    {
        Contexts.Add(context);
        var value = score(candidate.Text);
        IReadOnlyList<EvaluationReason> reasons = value < 1 ? [new EvaluationReason(name + ".test", $"{name} finding", 0, 0, candidate.Text, 1 - value)] : [];
        return new EvaluationResult(name, value, context.Thresholds.For(name), reasons);
    }
}
