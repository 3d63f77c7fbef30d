using GenGateway.Core.Generation;
using GenGateway.Core.Prompts;
using GenGateway.Evaluation;
using ChatResponse = Microsoft.Extensions.AI.ChatResponse;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Guardrails.Filters;

/// <summary>
/// The guardrail's output stage: after the function ran, each candidate in its answer is evaluated with the
/// gateway's evaluators, repaired when only its form is wrong, or withheld. The result's value becomes the
/// releasable text only (one candidate per line); the full <see cref="GuardrailVerdict"/>, reasons included, is on
/// its metadata under <see cref="GuardrailVerdict.MetadataKey"/>.
/// </summary>
public sealed class GuardrailInvocationFilter(EvaluationReviewer reviewer, IGuardrailJudge judge, GuardrailFilterOptions options)
    : IFunctionInvocationFilter
{
    /// <inheritdoc />
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context);

        var answer = context.Result.GetValue<object>() as ChatResponse;
        var text = answer?.Text ?? context.Result.ToString();
        var call = context.Arguments.TryGetValue(GuardrailCall.ArgumentName, out var value) && value is GuardrailCall given
            ? given
            : new GuardrailCall((options.Subject ?? DefaultSubject)(context.Function, context.Arguments));
        var candidates = call.Candidates?.Invoke(text) ?? CandidatesOf(text);
        var subject = call.Subject.Evaluation.PromptText is null && context.Result.RenderedPrompt is { } rendered
            ? call.Subject with { Evaluation = call.Subject.Evaluation with { PromptText = RenderedPromptText.Plain(rendered) } }
            : call.Subject;

        var reviews = new List<CandidateReview>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var review = reviewer.Review(candidate, subject);
            if (review.Releasable && call.Review is { } request && judge.Enabled)
            {
                review = await judge.ReviewAsync(review, request, context.CancellationToken);
            }

            reviews.Add(review);
        }

        var verdict = new GuardrailVerdict(reviews, answer);
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in context.Result.Metadata ?? new Dictionary<string, object?>())
        {
            metadata[key] = item;
        }

        metadata[GuardrailVerdict.MetadataKey] = verdict;
        context.Result = new FunctionResult(context.Result, string.Join('\n', verdict.Released.Select(r => r.Text))) { Metadata = metadata };
    }

    // A JSON array or list is several candidates; any other answer is one.
    private static IReadOnlyList<string> CandidatesOf(string text)
    {
        var parsed = CandidateParser.Parse(text);
        return parsed.Count > 0 ? parsed : string.IsNullOrWhiteSpace(text) ? [] : [text.Trim()];
    }

    private GuardrailSubject DefaultSubject(KernelFunction function, KernelArguments arguments)
    {
        var grounding = arguments
            .Where(a => a.Value is string { Length: > 0 } && a.Key != GuardrailCall.ArgumentName)
            .Select(a => new GroundingText(GroundingSource.Brief, (string)a.Value!))
            .ToList();
        return new GuardrailSubject(new EvaluationContext
        {
            Task = options.Task,
            Grounding = grounding,
            Policy = options.Policy,
            Thresholds = options.Thresholds,
        });
    }
}
