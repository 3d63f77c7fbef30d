using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>Owns a <c>llama_model*</c>; freed with <c>llama_model_free</c>.</summary>
internal sealed class SafeLlamaModelHandle : SafeHandle
{
    /// <summary>Creates an invalid handle (used by the interop marshaller).</summary>
    public SafeLlamaModelHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    private SafeLlamaModelHandle(nint pointer)
        : base(nint.Zero, ownsHandle: true) => SetHandle(pointer);

    /// <inheritdoc />
    public override bool IsInvalid => handle == nint.Zero;

    /// <summary>Wraps a pointer returned by <c>llama_model_load_from_file</c>; returns null for a null pointer.</summary>
    public static SafeLlamaModelHandle? FromPointer(nint pointer) => pointer == nint.Zero ? null : new SafeLlamaModelHandle(pointer);

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        LlamaNative.ModelFree(handle);
        return true;
    }
}
