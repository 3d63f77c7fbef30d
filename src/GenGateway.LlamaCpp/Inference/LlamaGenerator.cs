using System.Diagnostics;
using System.Text;
using LLama.Native;
using GenGateway.LlamaCpp.Sampling;

namespace GenGateway.LlamaCpp.Inference;

/// <summary>The token loop: decode the prompt, then sample, detokenize and decode one token at a time.</summary>
internal static class LlamaGenerator
{
    /// <summary>Generates from <paramref name="prompt"/>, passing text pieces to <paramref name="onText"/> as they form.</summary>
    /// <exception cref="LlamaCppException">The prompt does not fit the context, or llama.cpp failed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; checked before every token and prompt chunk.</exception>
    public static LlamaGenerationResult Generate(
        LlamaSession session, int[] prompt, LlamaSamplingSettings settings, Action<string> onText, CancellationToken cancellationToken)
    {
        LlamaModel model = session.Model;
        if (prompt.Length == 0)
        {
            throw new LlamaCppException("The prompt is empty after tokenization.");
        }

        if (prompt.Length >= session.ContextSize)
        {
            throw new LlamaCppException(
                $"The prompt has {prompt.Length} tokens but the context holds {session.ContextSize}; raise LlamaCpp:ContextSize or shorten the prompt.");
        }

        long started = Stopwatch.GetTimestamp();
        long firstToken = 0;
        session.Decode(prompt, 0, cancellationToken);
        LlamaMetrics.PromptTokens.Add(prompt.Length);
        using SafeLLamaSamplerChainHandle sampler = LlamaSamplerChain.Create(model, settings);
        var filter = new StopSequenceFilter(settings.StopSequences);

        // Tokens can end mid-character (byte-level BPE); the decoder carries partial UTF-8 sequences over.
        Decoder utf8 = Encoding.UTF8.GetDecoder();
        char[] chars = new char[64];
        int position = prompt.Length;
        int generated = 0;
        while (generated < settings.MaxTokens)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int token = (int)sampler.Sample(session.Handle, session.LastLogitIndex);
            generated++;
            LlamaMetrics.OutputTokens.Add(1);
            if (firstToken == 0)
            {
                firstToken = Stopwatch.GetTimestamp();
            }

            if (model.IsEndOfGeneration(token))
            {
                EmitRest(filter, onText);
                return Result(prompt.Length, generated, stoppedNaturally: true, started, firstToken);
            }

            byte[] bytes = model.TokenToBytes(token);
            if (chars.Length < bytes.Length + 4)
            {
                chars = new char[bytes.Length + 4];
            }

            int charCount = utf8.GetChars(bytes, 0, bytes.Length, chars, 0, flush: false);
            if (charCount > 0)
            {
                (string emit, bool stopped) = filter.Push(new string(chars, 0, charCount));
                if (emit.Length > 0)
                {
                    onText(emit);
                }

                if (stopped)
                {
                    return Result(prompt.Length, generated, stoppedNaturally: true, started, firstToken);
                }
            }

            // The last token is never read back, so decoding it would be wasted work.
            if (generated == settings.MaxTokens || position + 1 >= session.ContextSize)
            {
                break;
            }

            session.DecodeOne(token, position);
            position++;
        }

        EmitRest(filter, onText);
        return Result(prompt.Length, generated, stoppedNaturally: false, started, firstToken);
    }

    private static LlamaGenerationResult Result(int promptTokens, int generated, bool stoppedNaturally, long started, long firstToken) =>
        new(
            promptTokens,
            generated,
            stoppedNaturally,
            firstToken == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started, firstToken),
            Stopwatch.GetElapsedTime(started));

    private static void EmitRest(StopSequenceFilter filter, Action<string> onText)
    {
        string rest = filter.Flush();
        if (rest.Length > 0)
        {
            onText(rest);
        }
    }
}
