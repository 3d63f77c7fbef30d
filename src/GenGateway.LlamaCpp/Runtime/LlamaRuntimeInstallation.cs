namespace GenGateway.LlamaCpp;

/// <summary>Where an installed llama.cpp runtime lives on disk.</summary>
/// <param name="RootDirectory">The version directory, e.g. <c>~/.cache/gengateway/llama/3.22.1</c>.</param>
public sealed record LlamaRuntimeInstallation(string RootDirectory)
{
    /// <summary>The npm prefix the packages were installed into.</summary>
    public string NodeModulesDirectory => Path.Combine(RootDirectory, "node_modules");

    /// <summary>Directory holding <c>libllama*.so</c>, <c>libggml*.so</c> and the <c>libggml-cpu-*.so</c> variants.</summary>
    public string LibraryDirectory =>
        Path.Combine(NodeModulesDirectory, "@node-llama-cpp", "linux-x64", "bins", "linux-x64");

    /// <summary>The llama.cpp source files taken from the git bundle: <c>include/</c>, <c>ggml/include/</c>, <c>models/</c>.</summary>
    public string SourceDirectory => Path.Combine(RootDirectory, "llama.cpp");

    /// <summary>The <c>llama.h</c> the binding is checked against.</summary>
    public string HeaderPath => Path.Combine(SourceDirectory, "include", "llama.h");

    /// <summary>Directory with llama.cpp's tokenizer test vocabularies (<c>ggml-vocab-*.gguf</c> with <c>.inp</c>/<c>.out</c>).</summary>
    public string VocabDirectory => Path.Combine(SourceDirectory, "models");

    /// <summary>node-llama-cpp's package directory (used by the benchmark to drive the same libraries from Node).</summary>
    public string NodeLlamaCppDirectory => Path.Combine(NodeModulesDirectory, "node-llama-cpp");

    internal string MarkerPath => Path.Combine(RootDirectory, ".installed");

    /// <summary>True when a previous install finished (its marker file exists) and the libraries are in place.</summary>
    public bool IsComplete =>
        File.Exists(MarkerPath) && Directory.Exists(LibraryDirectory) && File.Exists(HeaderPath);
}
