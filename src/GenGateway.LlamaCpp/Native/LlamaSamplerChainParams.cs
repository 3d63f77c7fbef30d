using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>Mirror of <c>llama_sampler_chain_params</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct LlamaSamplerChainParams
{
    public byte NoPerf;
}
