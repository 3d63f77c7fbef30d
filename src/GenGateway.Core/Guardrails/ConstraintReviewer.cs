using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Core.Tasks;

namespace GenGateway.Core.Guardrails;

/// <summary>
/// The request's hard constraints as a reviewer: must-include terms present, avoided terms absent, within the
/// length limit. The first stage of the full guardrail.
/// </summary>
public sealed class ConstraintReviewer : ICandidateReviewer
{
    /// <inheritdoc />
    public CandidateReview Review(string candidate, ReviewContext context) => Review(candidate, SubjectOf(context, EvaluationInputs.Default));

    /// <summary>Reviews one candidate against a subject's constraints and length limit.</summary>
    public CandidateReview Review(string candidate, GuardrailSubject subject)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(subject);
        var reasons = new List<string>();
        foreach (var term in subject.MustInclude)
        {
            if (!candidate.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                reasons.Add($"constraint.must-include: missing \"{term}\"");
            }
        }

        foreach (var term in subject.Avoid)
        {
            if (CandidateRules.ContainsWord(candidate, term))
            {
                reasons.Add($"constraint.avoid: contains \"{term}\"");
            }
        }

        if (subject.Evaluation.MaxLength is { } limit && candidate.Length > limit)
        {
            reasons.Add($"constraint.length: {candidate.Length} characters, limit {limit}");
        }

        var score = reasons.Count == 0 ? 1.0 : 0.0;
        return new CandidateReview(candidate, reasons.Count == 0 ? CandidateDecisions.Released : CandidateDecisions.Rejected,
            new Dictionary<string, double> { ["constraints"] = score }, reasons);
    }

    /// <inheritdoc />
    public string Feedback(IReadOnlyList<CandidateReview> rejected) =>
        string.Join("; ", rejected.SelectMany(r => r.Reasons).Distinct(StringComparer.Ordinal).Take(10));

    /// <summary>A gateway request as a subject: the built evaluation context plus the brief's must-include and avoid terms.</summary>
    internal static GuardrailSubject SubjectOf(ReviewContext context, EvaluationInputs inputs)
    {
        var (mustInclude, avoid) = context.Request is SubjectLineRequest s ? (s.Brief?.MustInclude, s.Brief?.Avoid) : (null, null);
        var evaluation = EvaluationContextBuilder.Build(context.Request, inputs) with { MaxLength = context.MaxLength };
        return new GuardrailSubject(evaluation) { MustInclude = mustInclude ?? [], Avoid = avoid ?? [] };
    }
}
