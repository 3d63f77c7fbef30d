using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace GenGateway.LlamaCpp;

/// <summary>
/// Installs the pinned llama.cpp runtime (<see cref="LlamaRuntimeVersion"/>) into a cache directory with the machine's
/// <c>npm</c>, then takes llama.h and the tokenizer test vocabularies out of node-llama-cpp's git bundle with <c>git</c>.
/// Backs the <c>gengateway runtime install</c> command.
/// </summary>
/// <remarks>
/// Only the registry is used: npm runs with <c>--ignore-scripts</c> (node-llama-cpp's postinstall would try to download
/// or build binaries) and <c>--omit=optional</c> (the CUDA/Vulkan variants are hundreds of MB and unused here); the CPU
/// package is named explicitly. Installs are serialised across processes with a lock file, and a marker file is written
/// last so an interrupted install is redone rather than half-used.
/// </remarks>
public sealed class LlamaRuntimeInstaller
{
    private static readonly SemaphoreSlim InProcessGate = new(1, 1);
    private readonly string _cacheRoot;
    private readonly TextWriter _log;

    /// <summary>Creates an installer.</summary>
    /// <param name="cacheRoot">Cache root; the runtime goes in <c>&lt;cacheRoot&gt;/&lt;version&gt;</c>. Defaults to <see cref="DefaultCacheRoot"/>.</param>
    /// <param name="log">Where progress lines go; defaults to <see cref="TextWriter.Null"/>.</param>
    public LlamaRuntimeInstaller(string? cacheRoot = null, TextWriter? log = null)
    {
        _cacheRoot = string.IsNullOrWhiteSpace(cacheRoot) ? DefaultCacheRoot : Path.GetFullPath(cacheRoot);
        _log = log ?? TextWriter.Null;
    }

    /// <summary>
    /// <c>$GENGATEWAY_LLAMA_CACHE</c> when set, else <c>$XDG_CACHE_HOME/gengateway/llama</c>, else <c>~/.cache/gengateway/llama</c>.
    /// </summary>
    public static string DefaultCacheRoot
    {
        get
        {
            string? explicitRoot = Environment.GetEnvironmentVariable("GENGATEWAY_LLAMA_CACHE");
            if (!string.IsNullOrWhiteSpace(explicitRoot))
            {
                return Path.GetFullPath(explicitRoot);
            }

            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string cache = !string.IsNullOrWhiteSpace(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(cache, "gengateway", "llama");
        }
    }

    /// <summary>The installation this installer manages (which may not exist yet).</summary>
    public LlamaRuntimeInstallation Installation => new(Path.Combine(_cacheRoot, LlamaRuntimeVersion.NodeLlamaCpp));

    /// <summary>Installs the runtime unless a complete install is already there.</summary>
    /// <param name="force">Reinstall even when a complete install exists.</param>
    /// <param name="cancellationToken">Cancels the install (the child process is killed).</param>
    /// <exception cref="LlamaRuntimeInstallException">npm or git failed, or the packages lacked the expected files.</exception>
    /// <exception cref="PlatformNotSupportedException">Not linux-x64: the pinned package only has those binaries.</exception>
    public async Task<LlamaRuntimeInstallation> InstallAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture
            != System.Runtime.InteropServices.Architecture.X64)
        {
            throw new PlatformNotSupportedException(
                $"The pinned llama.cpp runtime ({LlamaRuntimeVersion.PlatformPackage}) is built for linux-x64 only; " +
                "set GenGateway:LlamaCpp:LibraryPath to a directory with llama.cpp libraries built for this platform.");
        }

        LlamaRuntimeInstallation installation = Installation;
        if (!force && installation.IsComplete)
        {
            return installation;
        }

        await InProcessGate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(_cacheRoot);
            using FileStream crossProcessLock = await AcquireFileLockAsync(
                Path.Combine(_cacheRoot, LlamaRuntimeVersion.NodeLlamaCpp + ".lock"), cancellationToken);

            // Another process may have finished the install while we waited for the lock.
            if (!force && installation.IsComplete)
            {
                return installation;
            }

            var stopwatch = Stopwatch.StartNew();
            if (Directory.Exists(installation.RootDirectory))
            {
                Directory.Delete(installation.RootDirectory, recursive: true);
            }

            Directory.CreateDirectory(installation.RootDirectory);
            string version = LlamaRuntimeVersion.NodeLlamaCpp;
            _log.WriteLine($"Installing {LlamaRuntimeVersion.SourcePackage}@{version} and {LlamaRuntimeVersion.PlatformPackage}@{version} into {installation.RootDirectory} ...");
            await RunAsync(
                "npm",
                ["install", "--ignore-scripts", "--no-save", "--no-audit", "--no-fund", "--omit=optional",
                 "--prefix", installation.RootDirectory,
                 $"{LlamaRuntimeVersion.SourcePackage}@{version}", $"{LlamaRuntimeVersion.PlatformPackage}@{version}"],
                installation.RootDirectory,
                cancellationToken);

            if (!Directory.Exists(installation.LibraryDirectory)
                || Directory.GetFiles(installation.LibraryDirectory, "libllama*.so").Length == 0)
            {
                throw new LlamaRuntimeInstallException(
                    $"npm finished but {installation.LibraryDirectory} has no libllama*.so; the package layout changed.");
            }

            await ExtractSourceAsync(installation, cancellationToken);
            await File.WriteAllTextAsync(
                installation.MarkerPath,
                $"{LlamaRuntimeVersion.NodeLlamaCpp} {LlamaRuntimeVersion.LlamaCppCommit}\n",
                cancellationToken);
            _log.WriteLine($"Installed llama.cpp runtime {version} in {stopwatch.Elapsed.TotalSeconds:F1} s: {installation.LibraryDirectory}");
            return installation;
        }
        finally
        {
            InProcessGate.Release();
        }
    }

    private async Task ExtractSourceAsync(LlamaRuntimeInstallation installation, CancellationToken cancellationToken)
    {
        string bundle = Path.Combine(installation.NodeLlamaCppDirectory, "llama", "gitRelease.bundle");
        if (!File.Exists(bundle))
        {
            throw new LlamaRuntimeInstallException($"{bundle} is missing; cannot get the matching llama.h.");
        }

        // Only the headers and the tokenizer vocabularies are needed, so check out just those paths.
        string target = installation.SourceDirectory;
        _log.WriteLine($"Extracting llama.h and vocabularies from {bundle} ...");
        await RunAsync("git", ["clone", "--quiet", "--no-checkout", bundle, target], installation.RootDirectory, cancellationToken);
        await RunAsync(
            "git",
            ["-c", "advice.detachedHead=false", "checkout", "--quiet", "HEAD", "--", "include", "ggml/include", "models"],
            target,
            cancellationToken);

        // The checked-out files are all we keep; the object store would double the cache size.
        Directory.Delete(Path.Combine(target, ".git"), recursive: true);
        if (!File.Exists(installation.HeaderPath))
        {
            throw new LlamaRuntimeInstallException($"The bundle did not contain include/llama.h ({bundle}).");
        }
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Held by another process's install; poll rather than fail.
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    private async Task RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => AppendLine(output, e.Data);
        process.ErrorDataReceived += (_, e) => AppendLine(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new LlamaRuntimeInstallException(
                $"Could not start '{fileName}': {ex.Message}. Installing the llama.cpp runtime needs {fileName} on PATH.", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            throw new LlamaRuntimeInstallException(
                $"'{fileName} {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{Tail(text, 4000)}");
        }

        _log.Flush();
    }

    private static void AppendLine(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Tail(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[^maxLength..];
}
