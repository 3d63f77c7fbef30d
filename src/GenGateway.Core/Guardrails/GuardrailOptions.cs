namespace GenGateway.Core.Guardrails;

/// <summary>Settings under <c>GenGateway:Guardrail</c>.</summary>
public sealed class GuardrailOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "GenGateway:Guardrail";

    /// <summary>Thresholds for every task and tenant unless overridden.</summary>
    public ThresholdOptions Thresholds { get; set; } = new();

    /// <summary>Per-task thresholds keyed by task name (subject-lines, smart-replies, ui-copy).</summary>
    public Dictionary<string, ThresholdOptions> Tasks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-tenant policy keyed by tenant.</summary>
    public Dictionary<string, TenantGuardrailOptions> Tenants { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Try deterministic repairs (trim, drop emoji, lower capitals, collapse punctuation) before rejecting.</summary>
    public bool Repair { get; set; } = true;
}
