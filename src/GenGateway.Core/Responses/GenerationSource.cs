namespace GenGateway.Core.Responses;

/// <summary>Where the released candidates came from; serialized lower-case.</summary>
public static class GenerationSource
{
    /// <summary>A model provider generated them.</summary>
    public const string Model = "model";

    /// <summary>The rule-based generator produced them.</summary>
    public const string Rules = "rules";

    /// <summary>They were served from the output cache.</summary>
    public const string Cache = "cache";

    /// <summary>Nothing was generated (for example a smart reply makes no sense).</summary>
    public const string None = "none";
}
