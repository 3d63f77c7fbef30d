using GenGateway.Evaluation.Pii;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Guardrails.Filters;

/// <summary>The guardrail's prompt stage: personal data in the rendered prompt is replaced by placeholders before any model sees it.</summary>
public sealed class PiiRedactionRenderFilter(GuardrailFilterOptions options) : IPromptRenderFilter
{
    /// <inheritdoc />
    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context);
        if (options.RedactPromptPii && context.RenderedPrompt is { Length: > 0 } rendered)
        {
            // Placeholders such as [EMAIL] contain no markup, so the message tags around them stay intact.
            context.RenderedPrompt = PiiRedactor.Redact(rendered);
        }
    }
}
