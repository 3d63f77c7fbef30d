namespace GenGateway.Core.Configuration;

/// <summary>Settings under the <c>GenGateway</c> configuration section.</summary>
public sealed class GenGatewayOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "GenGateway";

    /// <summary>Folder for the embedded store and caches.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Folder of prompt YAML files; defaults to <c>prompts/</c> beside the executable.</summary>
    public string? PromptsDirectory { get; set; }

    /// <summary>Model providers by name.</summary>
    public Dictionary<string, ProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Default order in which providers are tried; empty means declaration order.</summary>
    public List<string> ProviderOrder { get; set; } = [];

    /// <summary>Per-task overrides keyed by task name.</summary>
    public Dictionary<string, TaskOptions> Tasks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Answer from the rule-based generator when no provider is configured or all fail.</summary>
    public bool RulesFallback { get; set; } = true;

    /// <summary>
    /// Deadline for one generation request in seconds, covering every provider, retry, top-up and judge call. When it
    /// passes, the rules answer (or, with <see cref="RulesFallback"/> off, the request fails with 504). Default 20.
    /// </summary>
    public double RequestTimeoutSeconds { get; set; } = 20;

    /// <summary>Extra model calls to top up a short candidate list.</summary>
    public int MaxTopUpCalls { get; set; } = 1;
}
