namespace GenGateway.Core.Configuration;

/// <summary>Names of the provider types in configuration.</summary>
public static class ProviderTypes
{
    /// <summary>Any OpenAI-compatible chat completions API.</summary>
    public const string OpenAI = "openai";

    /// <summary>Anthropic's Messages API.</summary>
    public const string Anthropic = "anthropic";

    /// <summary>A local GGUF model through llama.cpp.</summary>
    public const string LlamaCpp = "llamacpp";
}
