using GenGateway.LlamaCpp.Commands;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp;

/// <summary>The logic behind <c>gengateway local tokenize|generate</c> and <c>runtime install</c>.</summary>
[Collection(LlamaCollection.Name)]
public sealed class LocalModelCommandsTests(LlamaRuntimeFixture fixture)
{
    [Fact]
    public void Tokenize_prints_ids_on_one_line_separated_by_spaces()
    {
        using var output = new StringWriter();

        LocalModelCommands.Tokenize(fixture.VocabPath("llama-spm"), "Hello world", output);

        // BOS (1) then the ids llama.cpp's own test expects for "Hello world".
        Assert.Equal("1 15043 3186" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task Generate_streams_the_reply_and_returns_it()
    {
        using var output = new StringWriter();

        string reply = await LocalModelCommands.GenerateAsync(
            fixture.ChatModelPath,
            "Write a subject line.",
            output,
            new ChatOptions { Temperature = 0, MaxOutputTokens = 8 },
            new LlamaCppOptions { ContextSize = 256, BatchSize = 64, Threads = 2 });

        Assert.False(string.IsNullOrEmpty(reply));
        Assert.Equal(reply + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task Install_with_a_complete_cache_reports_the_library_directory()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string cacheRoot = Path.GetDirectoryName(fixture.Installation.RootDirectory)!;

        int exitCode = await LocalModelCommands.InstallRuntimeAsync(output, error, cacheRoot);

        Assert.Equal(0, exitCode);
        Assert.Contains(fixture.Installation.LibraryDirectory, output.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Missing_runtime_names_the_install_command()
    {
        string emptyCache = Path.Combine(fixture.WorkDirectory, "empty-cache");

        LlamaRuntimeNotFoundException error = Assert.Throws<LlamaRuntimeNotFoundException>(
            () => LlamaRuntime.LocateLibraryDirectory(cacheRoot: emptyCache));

        Assert.Contains("gengateway runtime install", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_library_path_without_libllama_is_rejected()
    {
        LlamaRuntimeNotFoundException error = Assert.Throws<LlamaRuntimeNotFoundException>(
            () => LlamaRuntime.LocateLibraryDirectory(libraryPath: fixture.WorkDirectory));

        Assert.Contains("No libllama", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_loads_a_cpu_backend_variant()
    {
        string info = LlamaRuntime.SystemInfo();

        Assert.Equal(fixture.Installation.LibraryDirectory, LlamaRuntime.LoadedDirectory);
        Assert.Contains("CPU", info, StringComparison.Ordinal);
    }
}
