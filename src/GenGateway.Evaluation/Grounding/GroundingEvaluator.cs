namespace GenGateway.Evaluation.Grounding;

/// <summary>
/// Hallucination check: every checkable claim in a candidate (numbers, money, percentages, dates, weekdays, times,
/// durations, URLs, emails, phones, names, promises) must be supported by the grounding texts.
/// </summary>
/// <remarks>
/// An unsupported hard claim (anything but a name) costs 0.5 of the score, an unknown name 0.25, because name
/// detection by capitalization is the least certain of the checks.
/// </remarks>
public sealed class GroundingEvaluator : ICandidateEvaluator
{
    /// <summary>Penalty for an unsupported number, price, date, promise, address...</summary>
    public const double HardPenalty = 0.5;

    /// <summary>Penalty for a name the grounding never mentions.</summary>
    public const double EntityPenalty = 0.25;

    /// <inheritdoc />
    public string Name => EvaluatorNames.Grounding;

    /// <inheritdoc />
    public EvaluationResult Evaluate(Candidate candidate, EvaluationContext context)
    {
        GroundingIndex index = GroundingIndex.For(context.Grounding);
        var reasons = new List<EvaluationReason>();
        foreach (Claim claim in ClaimExtractor.Extract(candidate.Text))
        {
            // Weekdays derived from a candidate's own full date are checked through the date itself.
            if (claim.Key == "derived" || index.Supports(claim))
            {
                continue;
            }

            reasons.Add(ReasonFor(claim, index));
        }

        return EvaluationResult.FromPenalties(Name, context.Thresholds.For(Name), reasons);
    }

    private static EvaluationReason ReasonFor(Claim claim, GroundingIndex index)
    {
        string what = claim.Kind switch
        {
            ClaimKind.Money => "price",
            ClaimKind.Percent => "percentage",
            ClaimKind.Date => "date",
            ClaimKind.Weekday => "weekday",
            ClaimKind.Time => "time",
            ClaimKind.Duration => "duration",
            ClaimKind.Url => "link",
            ClaimKind.Email => "email address",
            ClaimKind.Phone => "phone number",
            ClaimKind.Entity => "name",
            ClaimKind.Promise => "promise",
            _ => "number",
        };

        IReadOnlyList<string> said = index.ExamplesOf(claim.Kind);
        string message = said.Count > 0
            ? $"{what} '{claim.Text}' is not supported by the grounding, which says {string.Join(", ", said.Select(s => $"'{s}'"))}"
            : $"{what} '{claim.Text}' is not supported by the grounding";
        double penalty = claim.Kind == ClaimKind.Entity ? EntityPenalty : HardPenalty;
        return new EvaluationReason("grounding." + claim.Kind.ToString().ToLowerInvariant(), message, claim.Start, claim.Length, claim.Text, penalty);
    }
}
