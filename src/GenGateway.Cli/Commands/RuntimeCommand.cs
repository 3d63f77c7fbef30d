using System.CommandLine;
using GenGateway.LlamaCpp.Commands;

namespace GenGateway.Cli.Commands;

/// <summary><c>gengateway runtime install</c>: installs the pinned llama.cpp native runtime the local provider loads.</summary>
public static class RuntimeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var cacheDirectory = new Option<DirectoryInfo?>("--cache-dir")
        {
            Description = "Cache root (default $GENGATEWAY_LLAMA_CACHE, else $XDG_CACHE_HOME/gengateway/llama, else ~/.cache/gengateway/llama)",
        };
        var force = new Option<bool>("--force") { Description = "Reinstall even when a complete install exists" };
        var install = new Command("install", "Install the llama.cpp runtime from the npm registry (needs npm and git)") { cacheDirectory, force };
        install.SetAction(async (parse, cancellationToken) =>
        {
            var status = await LocalModelCommands.InstallRuntimeAsync(
                Console.Out, Console.Error, parse.GetValue(cacheDirectory)?.FullName, parse.GetValue(force), cancellationToken);
            return status == 0 ? ExitCodes.Success : ExitCodes.Failures;
        });
        return new Command("runtime", "Manage the llama.cpp runtime of the local model provider") { install };
    }
}
