using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Core.Tasks;

namespace GenGateway.Core.Guardrails;

/// <summary>
/// The request's hard constraints as a reviewer: must-include terms present, avoided terms absent, within the
/// length limit. Used alone when no evaluator library is registered, and as the first stage of the full guardrail.
/// </summary>
public sealed class ConstraintReviewer : ICandidateReviewer
{
    /// <inheritdoc />
    public CandidateReview Review(string candidate, ReviewContext context)
    {
        var reasons = new List<string>();
        var (mustInclude, avoid) = context.Request is SubjectLineRequest s ? (s.Brief?.MustInclude, s.Brief?.Avoid) : (null, null);
        foreach (var term in mustInclude ?? [])
        {
            if (!candidate.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                reasons.Add($"constraint.must-include: missing \"{term}\"");
            }
        }

        foreach (var term in avoid ?? [])
        {
            if (CandidateRules.ContainsWord(candidate, term))
            {
                reasons.Add($"constraint.avoid: contains \"{term}\"");
            }
        }

        if (candidate.Length > context.MaxLength)
        {
            reasons.Add($"constraint.length: {candidate.Length} characters, limit {context.MaxLength}");
        }

        var score = reasons.Count == 0 ? 1.0 : 0.0;
        return new CandidateReview(candidate, reasons.Count == 0 ? CandidateDecisions.Released : CandidateDecisions.Rejected,
            new Dictionary<string, double> { ["constraints"] = score }, reasons);
    }

    /// <inheritdoc />
    public string Feedback(IReadOnlyList<CandidateReview> rejected) =>
        string.Join("; ", rejected.SelectMany(r => r.Reasons).Distinct(StringComparer.Ordinal).Take(10));
}
