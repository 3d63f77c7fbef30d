using Microsoft.Extensions.Options;

namespace GenGateway.Core.Guardrails;

/// <summary>Fails startup on guardrail settings that cannot work, naming the key.</summary>
public sealed class GuardrailOptionsValidator : IValidateOptions<GuardrailOptions>
{
    private static readonly string[] KnownTasks = ["subject-lines", "smart-replies", "ui-copy"];

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GuardrailOptions options)
    {
        var errors = new List<string>();
        CheckThresholds(GuardrailOptions.SectionName + ":Thresholds", options.Thresholds, errors);
        foreach (var (task, thresholds) in options.Tasks)
        {
            if (!KnownTasks.Contains(task, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{GuardrailOptions.SectionName}:Tasks:{task} is not a task; use {string.Join(", ", KnownTasks)}.");
            }

            CheckThresholds($"{GuardrailOptions.SectionName}:Tasks:{task}", thresholds, errors);
        }

        foreach (var (tenant, policy) in options.Tenants)
        {
            var key = $"{GuardrailOptions.SectionName}:Tenants:{tenant}";
            CheckThresholds(key + ":Thresholds", policy.Thresholds, errors);
            if (policy.MaxEmoji < 0)
            {
                errors.Add($"{key}:MaxEmoji must be 0 or more.");
            }

            if (policy.BannedPhrases.Concat(policy.Competitors).Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"{key}: BannedPhrases and Competitors may not contain empty entries.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckThresholds(string key, ThresholdOptions thresholds, List<string> errors)
    {
        foreach (var (evaluator, value) in new[] { ("Grounding", thresholds.Grounding), ("Tone", thresholds.Tone), ("Policy", thresholds.Policy) })
        {
            if (value is < 0 or > 1 || (value is { } v && double.IsNaN(v)))
            {
                errors.Add($"{key}:{evaluator} is {value}; thresholds are between 0 and 1.");
            }
        }
    }
}
