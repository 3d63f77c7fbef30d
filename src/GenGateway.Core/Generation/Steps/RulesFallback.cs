using GenGateway.Core.Guardrails;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;

namespace GenGateway.Core.Generation.Steps;

/// <summary>
/// The fall-back step: rule-based candidates fill what the providers did not, each passing the same guardrail as
/// model output and none repeating the meaning of one already released.
/// </summary>
internal static class RulesFallback
{
    public static async Task<(List<CandidateReview> Released, List<CandidateReview> Rejected)> FillAsync(ITaskDefinition task, ITaskRequest request,
        PersonalizationContext profile, IReadOnlyCollection<string> kept, int missing, Func<string, Task<CandidateReview>> review,
        CancellationToken cancellationToken)
    {
        var released = new List<CandidateReview>();
        var rejected = new List<CandidateReview>();
        foreach (var text in await task.RuleCandidatesAsync(request, kept.Count + missing + 2, profile, cancellationToken))
        {
            if (released.Count >= missing)
            {
                break;
            }

            if (kept.Any(k => task.SameMeaning(k, text)) || released.Any(r => task.SameMeaning(r.Text, text)))
            {
                continue;
            }

            var verdict = await review(text);
            (verdict.Releasable ? released : rejected).Add(verdict);
        }

        return (released, rejected);
    }
}
