using GenGateway.Core.Chat;
using GenGateway.Core.Caching;
using GenGateway.Core.Guardrails;
using GenGateway.Core.Guardrails.Filters;
using GenGateway.Core.Prompts;
using GenGateway.Core.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Generation.Steps;

/// <summary>What one provider produced: released and rejected candidates, whether every answer came from the cache, and the prompt text sent.</summary>
internal sealed record ProviderOutcome(List<CandidateReview> Released, List<CandidateReview> Rejected, bool FromCache, string? PromptText);

/// <summary>
/// The generate step for one provider: the prompt function invoked through the Kernel on that provider's service
/// id, the guardrail filter reviewing each answer, and top-up calls (with the reasons earlier candidates were
/// rejected) while candidates are missing.
/// </summary>
internal sealed class ProviderCall(Kernel kernel, PromptFunction prompt, ITaskDefinition task, ReviewContext review, GuardrailSubject subject,
    Func<IReadOnlyList<CandidateReview>, string> feedback)
{
    public async Task<ProviderOutcome> RunAsync(ModelRoute route, KernelArguments arguments, int count, int maxTopUpCalls,
        Action<string, string> topUpFailed, CancellationToken cancellationToken)
    {
        var hints = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [CandidateFormat.CountKey] = count,
            [CandidateFormat.MaxLengthKey] = review.MaxLength,
        };
        hints[CacheScope.OptionsKey] = new CacheScope(review.Tenant, review.Request.UserId, review.Profile.ProfileVersion,
            review.Profile.PersonalizationConsent, prompt.Name, prompt.Version);

        var released = new List<CandidateReview>();
        var rejected = new List<CandidateReview>();
        var followUp = new List<ChatMessage>();
        string? promptText = null;
        var allFromCache = true;
        var answered = false;
        for (var call = 0; call <= maxTopUpCalls && released.Count < count; call++)
        {
            var callArguments = new KernelArguments(arguments)
            {
                [GuardrailCall.ArgumentName] = new GuardrailCall(subject)
                {
                    Review = review,
                    Candidates = answer => CandidateExtraction.Extract(answer, task, review.Request, [.. released.Select(r => r.Text)]),
                },
            };
            if (followUp.Count > 0)
            {
                callArguments[FollowUpRenderFilter.ArgumentName] = followUp.ToList();
            }

            FunctionResult result;
            try
            {
                result = await GatewayKernel.InvokeAsync(kernel, prompt, route, callArguments, hints, cancellationToken);
            }
            catch (Exception ex) when (call > 0 && answered && !cancellationToken.IsCancellationRequested && FailureClassifier.AsProviderFailure(route.Name, ex) is not null)
            {
                // A failed top-up must not cost the candidates the first call already earned.
                topUpFailed(route.Name, ex.Message);
                break;
            }

            promptText ??= RenderedPromptText.Plain(result.RenderedPrompt);
            var verdict = result.Metadata?.GetValueOrDefault(GuardrailVerdict.MetadataKey) as GuardrailVerdict
                ?? throw new InvalidOperationException("The generation Kernel ran without the guardrail filter.");
            var answerText = verdict.Answer?.Text ?? string.Empty;
            allFromCache &= verdict.Answer?.AdditionalProperties?.ContainsKey(CacheTags.HitKey) == true;
            answered |= verdict.Reviews.Count > 0 || CandidateParser.Parse(answerText).Count > 0;
            var rejectedThisCall = verdict.Withheld.ToList();
            foreach (var kept in verdict.Released)
            {
                if (released.Count < count)
                {
                    released.Add(kept);
                }
            }

            rejected.AddRange(rejectedThisCall);
            if (released.Count < count)
            {
                // Top up, or regenerate with the guardrail's reasons, so the model can avoid the same mistakes.
                var why = rejectedThisCall.Count > 0 ? " Some were rejected: " + feedback(rejectedThisCall) + "." : string.Empty;
                followUp.Add(new ChatMessage(ChatRole.Assistant, answerText));
                followUp.Add(new ChatMessage(ChatRole.User,
                    $"I need {count - released.Count} more, each different in meaning from all of these: "
                    + string.Join(" | ", released.Select(r => r.Text)) + "." + why
                    + " Follow the same rules. Answer with only a JSON array of strings."));
            }
        }

        return answered
            ? new ProviderOutcome(released, rejected, allFromCache, promptText)
            : throw new ProviderException(route.Name, ProviderFailureKind.BadOutput, "the answer held no JSON array of candidates");
    }
}
