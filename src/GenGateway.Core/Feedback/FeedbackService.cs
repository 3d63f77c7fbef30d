using GenGateway.Core.Validation;
using GenGateway.Evaluation.Pii;

namespace GenGateway.Core.Feedback;

/// <summary>Validates feedback against what was generated and stores it.</summary>
public sealed class FeedbackService(GenerationLedger ledger, FeedbackLog log, TimeProvider timeProvider)
{
    /// <summary>Records feedback; returns field errors, or null when the request id is unknown to this tenant.</summary>
    public async Task<(FeedbackRecord? Record, IReadOnlyList<FieldError> Errors, bool UnknownRequest)> RecordAsync(
        string tenant, FeedbackRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.RequestId))
        {
            errors.Add(new("requestId", "is required"));
        }

        if (request.CandidateIndex is null)
        {
            errors.Add(new("candidateIndex", "is required"));
        }

        if (request.Outcome is null || !FeedbackOutcomes.All.Contains(request.Outcome))
        {
            errors.Add(new("outcome", $"must be one of: {string.Join(", ", FeedbackOutcomes.All.Order(StringComparer.Ordinal))}"));
        }

        if (request.EditedText is { Length: > 4000 })
        {
            errors.Add(new("editedText", "is longer than 4000 characters"));
        }
        else if (request.EditedText is not null && request.Outcome != "edited")
        {
            errors.Add(new("editedText", "is only accepted with outcome 'edited'"));
        }

        if (errors.Count > 0)
        {
            return (null, errors, false);
        }

        var generated = ledger.Find(tenant, request.RequestId!);
        if (generated is null)
        {
            return (null, [], true);
        }

        var index = request.CandidateIndex!.Value;
        if (index < 0 || index >= generated.Candidates.Count)
        {
            return (null, [new("candidateIndex", $"must be between 0 and {generated.Candidates.Count - 1} for this request")], false);
        }

        // The feedback log is on disk: what the user typed, and the candidate they saw, are stored redacted.
        var record = new FeedbackRecord(tenant, generated.UserId, request.RequestId!, index, request.Outcome!, PiiRedactor.Redact(generated.Candidates[index]),
            request.EditedText is null ? null : PiiRedactor.Redact(request.EditedText), generated.Task, generated.PromptVersion, generated.Model, timeProvider.GetUtcNow());
        await log.AppendAsync(record, cancellationToken);
        return (record, [], false);
    }
}
