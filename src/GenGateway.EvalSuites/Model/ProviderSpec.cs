namespace GenGateway.EvalSuites.Model;

/// <summary>One provider of a suite's matrix, for example <c>rules</c> or <c>openai:gpt-4o-mini</c>.</summary>
public sealed record ProviderSpec
{
    /// <summary>The id as written, for example <c>openai:gpt-4o-mini</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name; defaults to the id. Results and baselines are keyed by it.</summary>
    public required string Label { get; init; }

    /// <summary>Which kind of provider.</summary>
    public required ProviderKind Kind { get; init; }

    /// <summary>Model id (for <see cref="ProviderKind.Local"/>: the GGUF path); null for rules.</summary>
    public string? Model { get; init; }

    /// <summary>Base URL; null takes the environment's (<c>OPENAI_BASE_URL</c>, <c>ANTHROPIC_BASE_URL</c>) or the vendor's.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>API key; null takes <c>OPENAI_API_KEY</c> / <c>ANTHROPIC_API_KEY</c> from the environment.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Sampling temperature sent with every call; 0 unless the suite or provider says otherwise.</summary>
    public double? Temperature { get; init; }

    /// <summary>Dollars per million input tokens, for <c>cost</c> assertions.</summary>
    public double? InputCostPerMillion { get; init; }

    /// <summary>Dollars per million output tokens, for <c>cost</c> assertions.</summary>
    public double? OutputCostPerMillion { get; init; }

    /// <summary>Per-attempt timeout in seconds; null keeps the gateway's default.</summary>
    public double? TimeoutSeconds { get; init; }

    /// <summary>Where the provider was written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The implicit provider of a suite that names none.</summary>
    public static ProviderSpec Rules(SourceLocation location) =>
        new() { Id = "rules", Label = "rules", Kind = ProviderKind.Rules, Location = location };
}
