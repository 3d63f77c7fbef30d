using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>Owns a <c>llama_context*</c>; freed with <c>llama_free</c>.</summary>
/// <remarks>
/// A context reads the model's weights, so it holds a reference on the model handle: the model cannot be freed
/// (even by a racing <c>Dispose</c>) until every context made from it is gone.
/// </remarks>
internal sealed class SafeLlamaContextHandle : SafeHandle
{
    private SafeLlamaModelHandle? _model;

    /// <summary>Creates an invalid handle (used by the interop marshaller).</summary>
    public SafeLlamaContextHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == nint.Zero;

    /// <summary>Creates a context on <paramref name="model"/>; returns null when llama.cpp refuses.</summary>
    public static SafeLlamaContextHandle? Create(SafeLlamaModelHandle model, LlamaContextParams parameters)
    {
        bool added = false;
        model.DangerousAddRef(ref added);
        nint pointer = LlamaNative.InitFromModel(model, parameters);
        if (pointer == nint.Zero)
        {
            model.DangerousRelease();
            return null;
        }

        var context = new SafeLlamaContextHandle { _model = model };
        context.SetHandle(pointer);
        return context;
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        LlamaNative.Free(handle);
        _model?.DangerousRelease();
        _model = null;
        return true;
    }
}
