namespace GenGateway.Core.Guardrails;

/// <summary>The optional LLM judge under <c>GenGateway:Judge</c>.</summary>
public sealed class JudgeOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "GenGateway:Judge";

    /// <summary>Name of a provider under <c>GenGateway:Providers</c> to ask; null or empty turns the judge off.</summary>
    public string? Provider { get; set; }

    /// <summary>Minimum judge score (the rubric's 1..5 mapped to 0..1) for a candidate to stay releasable.</summary>
    public double Threshold { get; set; } = 0.5;
}
