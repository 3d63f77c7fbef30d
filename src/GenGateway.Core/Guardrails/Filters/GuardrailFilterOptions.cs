using GenGateway.Evaluation;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Guardrails.Filters;

/// <summary>Settings of the guardrail filters when they run in any Kernel.</summary>
public sealed class GuardrailFilterOptions
{
    /// <summary>Replace personal data (emails, phone numbers, cards, IBANs, addresses) in the rendered prompt before it reaches the model. On by default.</summary>
    public bool RedactPromptPii { get; set; } = true;

    /// <summary>Tenant policy for calls without a <see cref="GuardrailCall"/>.</summary>
    public TenantPolicy Policy { get; set; } = TenantPolicy.Default;

    /// <summary>Thresholds for calls without a <see cref="GuardrailCall"/>.</summary>
    public EvaluationThresholds Thresholds { get; set; } = EvaluationThresholds.Default;

    /// <summary>The evaluators' task for calls without a <see cref="GuardrailCall"/> (decides which tone and form rules apply).</summary>
    public TaskKind Task { get; set; } = TaskKind.UiCopy;

    /// <summary>
    /// Builds the subject of a call without a <see cref="GuardrailCall"/>; null uses the default: every text argument of
    /// the call is grounding, so a claim the caller did not give the function is withheld.
    /// </summary>
    public Func<KernelFunction, KernelArguments, GuardrailSubject>? Subject { get; set; }
}
