using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using LLama.Abstractions;
using LLama.Exceptions;
using LLama.Native;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.LlamaCpp.Runtime;

/// <summary>
/// The llama.cpp libraries LLamaSharp.Backend.Cpu ships, loaded once per process: a log hook is installed before the
/// first native call (llama.cpp otherwise writes every line to stderr, and returns only null or an error code on
/// failure, so the kept warnings are what lets an error say why), and the CPU variant picked is logged once.
/// </summary>
public static partial class LlamaNativeRuntime
{
    private const int MaxKept = 16;
    private static readonly ConcurrentQueue<string> Recent = new();
    private static readonly Lock Gate = new();
    private static LLamaLogLevel _lastLevel;
    private static string? _variant;

    /// <summary>The loaded variant (for instance <c>linux-x64 avx2</c>), or null before <see cref="EnsureLoaded"/>.</summary>
    public static string? Variant => Volatile.Read(ref _variant);

    /// <summary>Loads the libraries unless loaded; the first call logs the CPU variant. Safe from many threads.</summary>
    /// <returns>The variant, as in <see cref="Variant"/>.</returns>
    /// <exception cref="LlamaCppException">No variant of the native libraries loads on this machine.</exception>
    public static string EnsureLoaded(ILogger? logger = null)
    {
        if (Variant is { } loaded)
        {
            return loaded;
        }

        lock (Gate)
        {
            if (_variant is not null)
            {
                return _variant;
            }

            INativeLibrary? library;
            try
            {
                if (!NativeLibraryConfig.LLama.LibraryHasLoaded)
                {
                    NativeLibraryConfig.All.WithLogCallback(OnLog);
                }

                // DryRun resolves the variant the loader will use (same policy, same search order) without binding it.
                NativeLibraryConfig.LLama.DryRun(out library);

                // The first call into NativeApi binds the library for the process.
                NativeApi.llama_empty_call();
            }
            catch (Exception ex) when (ex is DllNotFoundException or RuntimeError or TypeInitializationException)
            {
                throw new LlamaCppException(
                    $"llama.cpp's native libraries (LLamaSharp.Backend.Cpu) could not be loaded: {ex.GetBaseException().Message}", ex);
            }

            string rid = RuntimeInformation.RuntimeIdentifier;
            _variant = library?.Metadata is { } metadata ? $"{rid} {Describe(metadata.AvxLevel)}" : rid;
            string systemInfo = Marshal.PtrToStringUTF8(NativeApi.llama_print_system_info())?.Trim() ?? string.Empty;
            LogVariant(logger ?? NullLogger.Instance, _variant, systemInfo);
            return _variant;
        }
    }

    /// <summary>The last warnings and errors llama.cpp logged, as one line, or an empty string.</summary>
    public static string RecentErrors()
    {
        string[] lines = Recent.ToArray();
        return lines.Length == 0 ? string.Empty : "llama.cpp said: " + string.Join(" | ", lines.TakeLast(6));
    }

    /// <summary>Forgets kept messages so that the next <see cref="RecentErrors"/> names only what follows.</summary>
    public static void ClearRecentErrors() => Recent.Clear();

    private static string Describe(AvxLevel level) => level switch
    {
        AvxLevel.None => "noavx",
        _ => level.ToString().ToLowerInvariant(),
    };

    private static void OnLog(LLamaLogLevel level, string message)
    {
        // Continuation lines inherit the level of the line they continue.
        LLamaLogLevel effective = level == LLamaLogLevel.Continue ? _lastLevel : level;
        _lastLevel = effective;
        if (effective is not (LLamaLogLevel.Warning or LLamaLogLevel.Error))
        {
            return;
        }

        string text = message.Trim();
        if (text.Length == 0)
        {
            return;
        }

        Recent.Enqueue(text);
        while (Recent.Count > MaxKept && Recent.TryDequeue(out _))
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "llama.cpp loaded from LLamaSharp.Backend.Cpu: {Variant} ({SystemInfo})")]
    private static partial void LogVariant(ILogger logger, string variant, string systemInfo);
}
