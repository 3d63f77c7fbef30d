using GenGateway.LlamaCpp.Native;

namespace GenGateway.LlamaCpp.Sampling;

/// <summary>Builds llama.cpp sampler chains from <see cref="LlamaSamplingSettings"/>.</summary>
internal static class LlamaSamplerChain
{
    /// <summary>Creates a chain; the caller owns (and disposes) the returned handle.</summary>
    /// <exception cref="LlamaCppException">A sampler could not be created (for example the grammar does not parse).</exception>
    public static SafeLlamaSamplerHandle Create(LlamaModel model, LlamaSamplingSettings settings)
    {
        SafeLlamaSamplerHandle chain = SafeLlamaSamplerHandle.CreateChain();
        try
        {
            // The grammar goes first so every later sampler only sees tokens that keep the output valid.
            if (!string.IsNullOrEmpty(settings.Grammar))
            {
                LlamaLog.Clear();
                chain.Add(LlamaNative.SamplerInitGrammar(model.Vocab, settings.Grammar, settings.GrammarRoot), "grammar");
            }

            if (settings.RepeatPenalty != 1.0f || settings.FrequencyPenalty != 0f || settings.PresencePenalty != 0f)
            {
                chain.Add(
                    LlamaNative.SamplerInitPenalties(
                        model.VocabularySize, settings.RepeatLastN, settings.RepeatPenalty, settings.FrequencyPenalty, settings.PresencePenalty),
                    "penalties");
            }

            if (settings.Temperature <= 0f)
            {
                chain.Add(LlamaNative.SamplerInitGreedy(), "greedy");
                return chain;
            }

            if (settings.TopK > 0)
            {
                chain.Add(LlamaNative.SamplerInitTopK(settings.TopK), "top-k");
            }

            if (settings.TopP < 1f)
            {
                chain.Add(LlamaNative.SamplerInitTopP(settings.TopP, 1), "top-p");
            }

            if (settings.MinP > 0f)
            {
                chain.Add(LlamaNative.SamplerInitMinP(settings.MinP, 1), "min-p");
            }

            chain.Add(LlamaNative.SamplerInitTemp(settings.Temperature), "temperature");
            uint seed = settings.Seed ?? (uint)Random.Shared.NextInt64(0, uint.MaxValue);
            chain.Add(LlamaNative.SamplerInitDist(seed), "distribution");
            return chain;
        }
        catch
        {
            chain.Dispose();
            throw;
        }
    }
}
