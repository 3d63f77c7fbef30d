namespace GenGateway.LlamaCpp.Hosting;

/// <summary>Service keys under which <c>AddLlamaCpp</c> registers the local clients.</summary>
public static class LlamaCppServiceKeys
{
    /// <summary>Key of the local <c>IChatClient</c> and <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>.</summary>
    public const string Local = "llama.cpp";
}
