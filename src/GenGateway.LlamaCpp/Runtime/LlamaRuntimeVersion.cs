namespace GenGateway.LlamaCpp;

/// <summary>The pinned llama.cpp runtime: one node-llama-cpp release, its prebuilt CPU libraries and its llama.h.</summary>
/// <remarks>
/// The C# struct mirrors in <c>Native/</c> match the <c>llama.h</c> of exactly this release; changing the version means
/// re-running the struct-layout test (which compiles a probe against the new header) and fixing what it reports.
/// </remarks>
public static class LlamaRuntimeVersion
{
    /// <summary>Version of the npm packages <c>node-llama-cpp</c> and <see cref="PlatformPackage"/>.</summary>
    public const string NodeLlamaCpp = "3.22.1";

    /// <summary>npm package with the prebuilt linux-x64 CPU libraries (ggml picks the CPU variant at run time).</summary>
    public const string PlatformPackage = "@node-llama-cpp/linux-x64";

    /// <summary>npm package whose <c>llama/gitRelease.bundle</c> holds the matching llama.cpp source.</summary>
    public const string SourcePackage = "node-llama-cpp";

    /// <summary>llama.cpp commit inside the bundle of <see cref="NodeLlamaCpp"/>.</summary>
    public const string LlamaCppCommit = "de3ff815ea7d559ee917f063901b8986f038abc6";
}
