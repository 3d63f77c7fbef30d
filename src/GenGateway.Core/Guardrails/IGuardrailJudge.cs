namespace GenGateway.Core.Guardrails;

/// <summary>A second opinion after the deterministic guardrail: may hold a released candidate back, never release a rejected one.</summary>
public interface IGuardrailJudge
{
    /// <summary>Whether a judge is configured; when false <see cref="ReviewAsync"/> returns its input.</summary>
    bool Enabled { get; }

    /// <summary>Judges a releasable <paramref name="review"/>; returns it unchanged, with judge scores added, or rejected with the judge's reasons.</summary>
    Task<CandidateReview> ReviewAsync(CandidateReview review, ReviewContext context, CancellationToken cancellationToken);
}
