namespace GenGateway.Core.Guardrails;

/// <summary>The guardrail: decides, per candidate, release, repair or reject.</summary>
/// <remarks>Implementations are thread-safe; one instance serves every request.</remarks>
public interface ICandidateReviewer
{
    /// <summary>Reviews one candidate.</summary>
    CandidateReview Review(string candidate, ReviewContext context);

    /// <summary>A summary of why candidates were rejected, fed back to the model when regenerating.</summary>
    string Feedback(IReadOnlyList<CandidateReview> rejected);
}
