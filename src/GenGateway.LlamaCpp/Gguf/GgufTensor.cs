namespace GenGateway.LlamaCpp.Gguf;

/// <summary>An F32 tensor to write: name, dimensions in ggml order (innermost first) and data.</summary>
/// <param name="Name">Tensor name, e.g. <c>blk.0.attn_q.weight</c>.</param>
/// <param name="Dimensions">ggml <c>ne</c>: innermost dimension first.</param>
/// <param name="Data">Row-major data; its length is the product of the dimensions.</param>
public sealed record GgufTensor(string Name, long[] Dimensions, float[] Data);
