namespace GenGateway.EvalSuites.Model;

/// <summary>The kinds of provider a suite's matrix can name.</summary>
public enum ProviderKind
{
    /// <summary>No model: the gateway's rule-based generator answers.</summary>
    Rules,

    /// <summary>An OpenAI-compatible server (<c>openai:&lt;model&gt;</c>).</summary>
    OpenAI,

    /// <summary>Anthropic's Messages API (<c>anthropic:&lt;model&gt;</c>).</summary>
    Anthropic,

    /// <summary>A local GGUF model through llama.cpp (<c>local:&lt;path.gguf&gt;</c>).</summary>
    Local,
}
