using System.Reflection;
using System.Runtime.InteropServices;
using GenGateway.LlamaCpp.Native;

namespace GenGateway.LlamaCpp;

/// <summary>
/// Loads the llama.cpp native libraries once per process: maps the binding's logical library names to the files of an
/// installed runtime, lets ggml load the best CPU backend variant for this machine, and initialises llama.cpp.
/// </summary>
public static class LlamaRuntime
{
    /// <summary>Environment variable naming a directory with <c>libllama*.so</c> (overrides the cache).</summary>
    public const string LibraryPathVariable = "GENGATEWAY_LLAMA_LIBRARY_PATH";

    private static readonly Lock Gate = new();
    private static string? _loadedDirectory;

    /// <summary>The directory the libraries were loaded from, or null before <see cref="EnsureLoaded"/>.</summary>
    public static string? LoadedDirectory => Volatile.Read(ref _loadedDirectory);

    /// <summary>
    /// Finds the library directory: <paramref name="libraryPath"/> (a directory, or a libllama file in one), else
    /// <see cref="LibraryPathVariable"/>, else the installed runtime under <paramref name="cacheRoot"/>
    /// (default <see cref="LlamaRuntimeInstaller.DefaultCacheRoot"/>).
    /// </summary>
    /// <exception cref="LlamaRuntimeNotFoundException">No directory with <c>libllama*.so</c> was found.</exception>
    public static string LocateLibraryDirectory(string? libraryPath = null, string? cacheRoot = null)
    {
        string? candidate = libraryPath;
        if (string.IsNullOrWhiteSpace(candidate))
        {
            candidate = Environment.GetEnvironmentVariable(LibraryPathVariable);
        }

        if (!string.IsNullOrWhiteSpace(candidate))
        {
            string directory = File.Exists(candidate) ? Path.GetDirectoryName(Path.GetFullPath(candidate))! : Path.GetFullPath(candidate);
            if (FindLibrary(directory, "llama") is null)
            {
                throw new LlamaRuntimeNotFoundException($"No libllama*.so in '{directory}' (from GenGateway:LlamaCpp:LibraryPath or {LibraryPathVariable}).");
            }

            return directory;
        }

        LlamaRuntimeInstallation installation = new LlamaRuntimeInstaller(cacheRoot).Installation;
        if (!installation.IsComplete)
        {
            throw new LlamaRuntimeNotFoundException(
                $"The llama.cpp runtime {LlamaRuntimeVersion.NodeLlamaCpp} is not installed in '{installation.RootDirectory}'. " +
                "Run 'gengateway runtime install' (or scripts/llama/install.sh), or set GenGateway:LlamaCpp:LibraryPath.");
        }

        return installation.LibraryDirectory;
    }

    /// <summary>Loads the libraries from the located directory unless already loaded; safe to call from many threads.</summary>
    /// <returns>The directory the process uses.</returns>
    /// <exception cref="LlamaRuntimeNotFoundException">No runtime was found.</exception>
    /// <exception cref="InvalidOperationException">The process already loaded llama.cpp from a different directory.</exception>
    public static string EnsureLoaded(string? libraryPath = null, string? cacheRoot = null)
    {
        string? loaded = LoadedDirectory;
        if (loaded is not null && string.IsNullOrWhiteSpace(libraryPath))
        {
            return loaded;
        }

        string directory = LocateLibraryDirectory(libraryPath, cacheRoot);
        lock (Gate)
        {
            if (_loadedDirectory is not null)
            {
                if (!string.Equals(_loadedDirectory, directory, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"llama.cpp is already loaded from '{_loadedDirectory}'; a process can load it from one directory only (asked for '{directory}').");
                }

                return directory;
            }

            NativeLibrary.SetDllImportResolver(typeof(LlamaRuntime).Assembly, (name, _, _) => Resolve(directory, name));

            // libllama's RUNPATH ($ORIGIN) finds libggml and libggml-base beside it; the CPU backend is a plug-in that
            // ggml picks per instruction set (haswell, skylakex, zen4, ...) when asked to scan the directory.
            LlamaLog.Install();
            LlamaNative.GgmlBackendLoadAllFromPath(directory);
            LlamaNative.BackendInit();
            Volatile.Write(ref _loadedDirectory, directory);
            return directory;
        }
    }

    /// <summary>llama.cpp's description of the loaded CPU backend (instruction sets in use).</summary>
    public static unsafe string SystemInfo()
    {
        EnsureLoaded();
        return Marshal.PtrToStringUTF8((nint)LlamaNative.PrintSystemInfo()) ?? string.Empty;
    }

    private static nint Resolve(string directory, string name)
    {
        string? path = name switch
        {
            LlamaNative.LlamaLibrary => FindLibrary(directory, "llama"),
            LlamaNative.GgmlLibrary => FindLibrary(directory, "ggml"),
            _ => null,
        };
        return path is null ? nint.Zero : NativeLibrary.Load(path);
    }

    /// <summary>Finds <c>lib{stem}.so</c> or the versioned <c>lib{stem}.v*.so</c> (node-llama-cpp's naming).</summary>
    private static string? FindLibrary(string directory, string stem)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        string plain = Path.Combine(directory, $"lib{stem}.so");
        if (File.Exists(plain))
        {
            return plain;
        }

        return Directory.GetFiles(directory, $"lib{stem}.v*.so").Order(StringComparer.Ordinal).LastOrDefault();
    }

}
