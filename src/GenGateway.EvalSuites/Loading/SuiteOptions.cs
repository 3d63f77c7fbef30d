namespace GenGateway.EvalSuites.Loading;

/// <summary>The suite's <c>options:</c> block.</summary>
/// <param name="PassRate">Default share of repeats a case must pass.</param>
/// <param name="RulesFallback">Whether model failures fall back to the rule-based generator.</param>
/// <param name="Temperature">Default sampling temperature for model providers (0 when null).</param>
internal sealed record SuiteOptions(double PassRate, bool RulesFallback, double? Temperature)
{
    public static SuiteOptions Default { get; } = new(1, false, null);
}
