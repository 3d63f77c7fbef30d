using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>Mirror of <c>llama_token_data</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct LlamaTokenData
{
    public int Id;
    public float Logit;
    public float P;
}
