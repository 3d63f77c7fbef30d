using System.Runtime.CompilerServices;
using GenGateway.Core.Chat;
using GenGateway.LlamaCpp.Inference;
using GenGateway.LlamaCpp.Sampling;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp.Gateway;

/// <summary>
/// Adapts the local client to the gateway: when the pipeline says it expects a candidate array
/// (<see cref="CandidateFormat"/>), the answer is constrained by a GBNF grammar to a JSON array of at most that many
/// strings of at most that length, so it always parses; llama.cpp failures become <see cref="ProviderException"/>s
/// so the next provider in the chain takes over.
/// </summary>
internal sealed class CandidateGrammarChatClient(IChatClient inner, string provider) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, Constrain(options), cancellationToken);
        }
        catch (LlamaCppException ex)
        {
            throw Failure(ex);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using IAsyncEnumerator<ChatResponseUpdate> updates =
            base.GetStreamingResponseAsync(messages, Constrain(options), cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (LlamaCppException ex)
            {
                throw Failure(ex);
            }

            yield return updates.Current;
        }
    }

    /// <summary>Adds the candidate-array grammar unless the caller chose a grammar or response format itself.</summary>
    internal static ChatOptions? Constrain(ChatOptions? options)
    {
        if (CandidateFormat.Read(options) is not { } shape
            || options!.ResponseFormat is not null
            || options.AdditionalProperties!.ContainsKey(LlamaSamplingSettingsMapper.GrammarKey))
        {
            return options;
        }

        ChatOptions constrained = options.Clone();
        constrained.AdditionalProperties = new AdditionalPropertiesDictionary(options.AdditionalProperties)
        {
            [LlamaSamplingSettingsMapper.GrammarKey] = GbnfGrammars.BuildJsonArrayOfStrings(shape.Count, shape.MaxLength),
        };
        return constrained;
    }

    // A full queue is the local model being busy, like a hosted provider's timeout; anything else is llama.cpp refusing the request.
    private ProviderException Failure(LlamaCppException ex) =>
        new(provider, ex is LlamaQueueTimeoutException ? ProviderFailureKind.Timeout : ProviderFailureKind.Rejected, ex.Message, inner: ex);
}
