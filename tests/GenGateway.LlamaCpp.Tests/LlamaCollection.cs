namespace GenGateway.LlamaCpp;

/// <summary>Tests that load llama.cpp share one fixture and run one after another (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class LlamaCollection : ICollectionFixture<LlamaModelFixture>
{
    public const string Name = "llama.cpp (LLamaSharp)";
}
