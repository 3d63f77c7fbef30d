using GenGateway.Core.Feedback;
using GenGateway.Core.Validation;
using GenGateway.Experiments.Configuration;

namespace GenGateway.Experiments.Recording;

/// <summary>One outcome reported by the product, joined to its exposure by request id.</summary>
/// <param name="RequestId">The generation response's request id.</param>
/// <param name="Outcome">One of the feedback outcomes (opened, clicked, replied, converted, unsubscribed, …).</param>
/// <param name="OccurredAt">When it happened; now when omitted.</param>
/// <param name="CandidateIndex">Which released candidate, when the product knows.</param>
public sealed record OutcomeInput(string? RequestId, string? Outcome, DateTimeOffset? OccurredAt = null, int? CandidateIndex = null);

/// <summary>What became of one reported outcome.</summary>
/// <param name="Recorded">True when it was joined to an exposure and stored durably.</param>
/// <param name="Errors">Why not, by field (empty when recorded or when the request was simply not in an experiment).</param>
public sealed record OutcomeResult(bool Recorded, IReadOnlyList<FieldError> Errors);

/// <summary>
/// Joins outcomes to exposures by request id within the attribution window and stores them durably. Outcomes of
/// requests no experiment served are not errors for feedback, which serves every request; the batch endpoint reports them.
/// </summary>
public sealed class ExperimentOutcomes(IExperimentStore store, ExperimentCatalog catalog, TimeProvider timeProvider)
{
    // Clocks of the product and of several replicas disagree a little; an outcome this much before its exposure still counts.
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    /// <summary>Validates, joins and stores one outcome.</summary>
    public async Task<OutcomeResult> RecordAsync(string tenant, OutcomeInput input, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.RequestId))
        {
            errors.Add(new("requestId", "is required"));
        }

        if (input.Outcome is null || !FeedbackOutcomes.All.Contains(input.Outcome))
        {
            errors.Add(new("outcome", $"must be one of: {string.Join(", ", FeedbackOutcomes.All.Order(StringComparer.Ordinal))}"));
        }

        var now = timeProvider.GetUtcNow();
        var at = input.OccurredAt ?? now;
        if (at > now + Skew)
        {
            errors.Add(new("occurredAt", "is in the future"));
        }

        if (errors.Count > 0)
        {
            return new OutcomeResult(false, errors);
        }

        var exposure = await store.FindExposureAsync(tenant, input.RequestId!, cancellationToken);
        if (exposure is null)
        {
            return new OutcomeResult(false, [new("requestId", "no experiment exposure has this request id for this tenant")]);
        }

        if (at < exposure.At - Skew || at > exposure.At + catalog.Current.AttributionWindow)
        {
            return new OutcomeResult(false, [new("occurredAt",
                $"is outside the attribution window ({catalog.Current.AttributionWindow.TotalDays:0.##} days after the exposure at {exposure.At:O})")]);
        }

        await store.AppendAsync(new OutcomeRecord
        {
            Tenant = tenant,
            ExperimentId = exposure.ExperimentId,
            Arm = exposure.Arm,
            Unit = exposure.Unit,
            UserId = exposure.UserId,
            RequestId = exposure.RequestId,
            Outcome = input.Outcome!,
            At = at,
            CandidateIndex = input.CandidateIndex,
            Forced = exposure.Forced,
        }, cancellationToken);
        return new OutcomeResult(true, []);
    }
}
