using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace GenGateway.LlamaCpp.Native;

/// <summary>
/// Receives llama.cpp's and ggml's log lines. Without it they go to stderr on every call; with it, warnings and errors
/// are kept so a failed load or decode can say why (llama.cpp returns only null or an error code).
/// </summary>
internal static unsafe class LlamaLog
{
    private const int GgmlLogLevelWarn = 3;
    private const int GgmlLogLevelError = 4;
    private const int GgmlLogLevelCont = 5;
    private const int MaxKept = 16;
    private static readonly ConcurrentQueue<string> Recent = new();
    private static int _lastLevel;

    /// <summary>Installs the callback; called once when the runtime loads.</summary>
    public static void Install() => LlamaNative.LogSet(&OnLog, nint.Zero);

    /// <summary>The last warnings and errors llama.cpp logged, one line each, or an empty string.</summary>
    public static string RecentErrors()
    {
        string[] lines = Recent.ToArray();
        return lines.Length == 0 ? string.Empty : "llama.cpp said: " + string.Join(" | ", lines.TakeLast(6));
    }

    /// <summary>Forgets kept messages so the next <see cref="RecentErrors"/> names only what follows.</summary>
    public static void Clear() => Recent.Clear();

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnLog(int level, byte* text, nint userData)
    {
        // Continuation lines inherit the level of the line they continue.
        int effective = level == GgmlLogLevelCont ? _lastLevel : level;
        _lastLevel = effective;
        if (effective < GgmlLogLevelWarn || effective > GgmlLogLevelError || text is null)
        {
            return;
        }

        string message = Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text)).Trim();
        if (message.Length == 0)
        {
            return;
        }

        Recent.Enqueue(message);
        while (Recent.Count > MaxKept && Recent.TryDequeue(out _))
        {
        }
    }
}
