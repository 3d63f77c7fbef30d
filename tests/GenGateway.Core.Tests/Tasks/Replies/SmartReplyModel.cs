using GenGateway.Core.Tasks;
using GenGateway.Core.Tasks.Replies;
using GenGateway.Evaluation.Relevance;
using GenGateway.Storage.Embeddings;

namespace GenGateway.Core.Tests.Tasks.Replies;

/// <summary>One selector over the real MiniLM model and the shipped set for every test (the model loads once per process).</summary>
internal static class SmartReplyModel
{
    public static ReplySelector Selector { get; } = new(MiniLmEmbeddingGenerator.Shared, ReplyRelevanceModel.BuiltIn);

    public static SmartReplyTask Task { get; } = new(Selector);

    public static VettedReply Vetted(string text) => VettedReplySet.BuiltIn.Single(r => r.Text == text);
}
