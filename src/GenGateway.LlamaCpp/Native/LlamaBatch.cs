using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>Mirror of <c>struct llama_batch</c>; the arrays it points to are allocated by <c>llama_batch_init</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LlamaBatch
{
    public int NTokens;
    public int* Token;
    public float* Embd;
    public int* Pos;
    public int* NSeqId;
    public int** SeqId;
    public sbyte* Logits;
}
