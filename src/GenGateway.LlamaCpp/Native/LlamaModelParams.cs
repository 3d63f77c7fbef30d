using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>Mirror of <c>struct llama_model_params</c> in the pinned <c>llama.h</c>.</summary>
/// <remarks>
/// Booleans are <see cref="byte"/> so the struct stays blittable and its managed layout equals the C layout;
/// the struct-layout test checks every offset against a gcc-compiled probe of the same header.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct LlamaModelParams
{
    public nint Devices;
    public nint TensorBuftOverrides;
    public int NGpuLayers;
    public int SplitMode;
    public int LoadMode;
    public int LazyMode;
    public int MainGpu;
    public nint TensorSplit;
    public nint ProgressCallback;
    public nint ProgressCallbackUserData;
    public nint KvOverrides;
    public byte VocabOnly;
    public byte CheckTensors;
    public byte UseExtraBufts;
    public byte NoHost;
    public byte NoAlloc;
    public byte LoadMtp;
}
