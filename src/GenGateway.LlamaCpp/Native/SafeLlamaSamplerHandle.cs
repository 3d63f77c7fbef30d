using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>Owns a <c>llama_sampler*</c> chain; freeing the chain frees every sampler added to it.</summary>
internal sealed class SafeLlamaSamplerHandle : SafeHandle
{
    /// <summary>Creates an invalid handle (used by the interop marshaller).</summary>
    public SafeLlamaSamplerHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == nint.Zero;

    /// <summary>Creates an empty sampler chain.</summary>
    public static SafeLlamaSamplerHandle CreateChain()
    {
        LlamaSamplerChainParams parameters = LlamaNative.SamplerChainDefaultParams();
        parameters.NoPerf = 1;
        nint pointer = LlamaNative.SamplerChainInit(parameters);
        if (pointer == nint.Zero)
        {
            throw new LlamaCppException("llama_sampler_chain_init returned null.");
        }

        var chain = new SafeLlamaSamplerHandle();
        chain.SetHandle(pointer);
        return chain;
    }

    /// <summary>Adds <paramref name="sampler"/> to this chain, which takes ownership of it.</summary>
    /// <exception cref="LlamaCppException">The sampler pointer is null (its constructor failed).</exception>
    public void Add(nint sampler, string what)
    {
        if (sampler == nint.Zero)
        {
            throw new LlamaCppException($"llama.cpp could not create the {what} sampler. {LlamaLog.RecentErrors()}".TrimEnd());
        }

        LlamaNative.SamplerChainAdd(this, sampler);
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        LlamaNative.SamplerFree(handle);
        return true;
    }
}
