namespace GenGateway.Core.Guardrails.Filters;

/// <summary>The judge of a Kernel without one: the deterministic verdict stands.</summary>
internal sealed class NoJudge : IGuardrailJudge
{
    public bool Enabled => false;

    public Task<CandidateReview> ReviewAsync(CandidateReview review, ReviewContext context, CancellationToken cancellationToken) => Task.FromResult(review);
}
