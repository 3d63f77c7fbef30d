using System.Runtime.CompilerServices;
using GenGateway.Core.Responses;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Repair;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Guardrails;

/// <summary>
/// The full guardrail: the request's constraints, then the grounding, tone and policy evaluators; a candidate whose
/// only findings are form findings is repaired deterministically and evaluated again; anything still failing is rejected.
/// </summary>
public sealed class EvaluationReviewer : ICandidateReviewer
{
    private readonly ConstraintReviewer _constraints = new();
    private readonly EvaluatorSuite _suite;
    private readonly GuardrailOptions _options;
    private readonly bool _repair;

    // One subject per review context, so every candidate of a request shares the grounding index.
    private readonly ConditionalWeakTable<ReviewContext, GuardrailSubject> _subjects = [];

    /// <summary>Creates the reviewer with the given evaluators (the gateway's: <c>new EvaluatorSuite(politeness)</c>).</summary>
    public EvaluationReviewer(IOptions<GuardrailOptions> options, EvaluatorSuite suite)
    {
        _suite = suite;
        _options = options.Value;
        _repair = options.Value.Repair;
    }

    /// <inheritdoc />
    public CandidateReview Review(string candidate, ReviewContext context) => Review(candidate, SubjectFor(context));

    /// <summary>What a gateway request's candidates are checked against, with this gateway's tenant policy and thresholds.</summary>
    public GuardrailSubject SubjectFor(ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _subjects.GetValue(context, c => ConstraintReviewer.SubjectOf(c,
            EvaluationContextBuilder.InputsFor(_options, c.Tenant, c.Request.Kind, c.Profile, c.PromptText)));
    }

    /// <summary>Reviews one candidate against <paramref name="subject"/>: release, repair or reject, with reasons.</summary>
    public CandidateReview Review(string candidate, GuardrailSubject subject)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(subject);
        var evaluation = subject.Evaluation;
        var (constraints, results) = Evaluate(candidate, subject);
        if (constraints.Releasable && results.All(r => r.Passed))
        {
            return Verdict(candidate, CandidateDecisions.Released, results, constraints.Reasons);
        }

        // Only form findings (length, emoji, capitals, punctuation) are fixed; a false claim or a leak is never edited away.
        var repairable = _repair
            && constraints.Reasons.All(r => r.StartsWith("constraint.length", StringComparison.Ordinal))
            && (results.All(r => r.Passed) || CandidateRepairer.CanRepair(results));
        if (repairable)
        {
            var repaired = CandidateRepairer.Repair(candidate, evaluation);
            if (repaired.Length > 0 && repaired != candidate)
            {
                var (c2, r2) = Evaluate(repaired, subject);
                var fixedBy = Reasons(results).Concat(constraints.Reasons).Select(r => "repaired " + r).ToList();
                if (c2.Releasable && r2.All(r => r.Passed))
                {
                    return Verdict(repaired, CandidateDecisions.Repaired, r2, [.. fixedBy, .. c2.Reasons]);
                }

                return Verdict(candidate, CandidateDecisions.Rejected, results,
                    [.. constraints.Reasons, .. Reasons(r2).Concat(c2.Reasons).Select(r => "after repair: " + r)]);
            }
        }

        return Verdict(candidate, CandidateDecisions.Rejected, results, constraints.Reasons);
    }

    /// <inheritdoc />
    public string Feedback(IReadOnlyList<CandidateReview> rejected) =>
        string.Join("; ", rejected.SelectMany(r => r.Reasons).Distinct(StringComparer.Ordinal).Take(10));

    private (CandidateReview Constraints, IReadOnlyList<EvaluationResult> Results) Evaluate(string text, GuardrailSubject subject) =>
        (_constraints.Review(text, subject), _suite.Evaluate(new Candidate(text), subject.Evaluation));

    private static IEnumerable<string> Reasons(IEnumerable<EvaluationResult> results) =>
        results.SelectMany(r => r.Reasons).Select(r => r.Length > 0 ? $"{r.Code}: {r.Message} (at {r.Start})" : $"{r.Code}: {r.Message}");

    private static CandidateReview Verdict(string text, string decision, IReadOnlyList<EvaluationResult> results, IEnumerable<string> extra)
    {
        var scores = results.ToDictionary(r => r.Evaluator, r => Math.Round(r.Score, 3));
        return new CandidateReview(text, decision, scores, [.. extra, .. Reasons(results)]);
    }
}
