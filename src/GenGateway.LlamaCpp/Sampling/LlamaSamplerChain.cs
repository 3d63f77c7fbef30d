using GenGateway.LlamaCpp.Runtime;
using LLama.Exceptions;
using LLama.Native;

namespace GenGateway.LlamaCpp.Sampling;

/// <summary>Builds llama.cpp sampler chains (LLamaSharp's <see cref="SafeLLamaSamplerChainHandle"/>) from <see cref="LlamaSamplingSettings"/>.</summary>
internal static class LlamaSamplerChain
{
    /// <summary>Creates a chain; the caller owns (and disposes) the returned handle.</summary>
    /// <exception cref="LlamaCppException">A sampler could not be created (for example the grammar does not parse).</exception>
    public static SafeLLamaSamplerChainHandle Create(LlamaModel model, LlamaSamplingSettings settings)
    {
        LLamaSamplerChainParams parameters = LLamaSamplerChainParams.Default();
        parameters.NoPerf = true;
        SafeLLamaSamplerChainHandle chain = SafeLLamaSamplerChainHandle.Create(parameters);
        try
        {
            // The grammar goes first so every later sampler only sees tokens that keep the output valid.
            if (!string.IsNullOrEmpty(settings.Grammar))
            {
                AddGrammar(chain, model, settings);
            }

            if (settings.RepeatPenalty != 1.0f || settings.FrequencyPenalty != 0f || settings.PresencePenalty != 0f)
            {
                chain.AddPenalties(settings.RepeatLastN, settings.RepeatPenalty, settings.FrequencyPenalty, settings.PresencePenalty);
            }

            if (settings.Temperature <= 0f)
            {
                chain.AddGreedySampler();
                return chain;
            }

            if (settings.TopK > 0)
            {
                chain.AddTopK(settings.TopK);
            }

            if (settings.TopP < 1f)
            {
                chain.AddTopP(settings.TopP, 1);
            }

            if (settings.MinP > 0f)
            {
                chain.AddMinP(settings.MinP, 1);
            }

            chain.AddTemperature(settings.Temperature);
            chain.AddDistributionSampler(settings.Seed ?? (uint)Random.Shared.NextInt64(0, uint.MaxValue));
            return chain;
        }
        catch
        {
            chain.Dispose();
            throw;
        }
    }

    private static void AddGrammar(SafeLLamaSamplerChainHandle chain, LlamaModel model, LlamaSamplingSettings settings)
    {
        if (GbnfSyntax.Check(settings.Grammar!, settings.GrammarRoot) is { } problem)
        {
            throw new LlamaCppException($"The GBNF grammar does not parse: {problem}.");
        }

        LlamaNativeRuntime.ClearRecentErrors();
        int before = chain.Count;
        try
        {
            chain.AddGrammar(model.Weights.Vocab, settings.Grammar!, settings.GrammarRoot);
        }
        catch (Exception ex) when (ex is RuntimeError or InvalidOperationException or NullReferenceException)
        {
            throw new LlamaCppException($"The GBNF grammar does not parse. {LlamaNativeRuntime.RecentErrors()}".TrimEnd(), ex);
        }

        if (chain.Count == before)
        {
            throw new LlamaCppException($"The GBNF grammar does not parse. {LlamaNativeRuntime.RecentErrors()}".TrimEnd());
        }
    }
}
