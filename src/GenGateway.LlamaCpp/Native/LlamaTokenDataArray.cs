using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>Mirror of <c>llama_token_data_array</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LlamaTokenDataArray
{
    public LlamaTokenData* Data;
    public nuint Size;
    public long Selected;
    public byte Sorted;
}
