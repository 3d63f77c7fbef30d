using System.Diagnostics;
using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.LlamaCpp.Chat;
using GenGateway.LlamaCpp.Runtime;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenGateway.LlamaCpp.Gateway;

/// <summary>
/// Creates the in-process client for providers of type <c>llamacpp</c>: <see cref="ProviderOptions.Model"/> is the GGUF
/// path; context size, threads, batch size and pool size come from <see cref="LlamaCppOptions"/>.
/// </summary>
/// <remarks>
/// The model is loaded and one context is created here, when the router is built at startup, so a missing file, a
/// file llama.cpp rejects or a context that does not fit in memory stops startup naming the provider instead of
/// failing requests later.
/// </remarks>
public sealed partial class LlamaCppChatProviderFactory(IOptions<LlamaCppOptions> llamaOptions, ILogger<LlamaCppChatProviderFactory> logger)
    : IChatProviderFactory
{
    /// <inheritdoc />
    public string Type => ProviderTypes.LlamaCpp;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The native libraries or the model cannot be loaded; the message names the provider.</exception>
    public IChatClient Create(string name, ProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LlamaCppOptions settings = llamaOptions.Value;
        string path = options.Model ?? string.Empty;
        long started = Stopwatch.GetTimestamp();
        LlamaChatClient client;
        try
        {
            LlamaNativeRuntime.EnsureLoaded(logger);
            LlamaModel model = LlamaModel.Load(path);
            client = new LlamaChatClient(model, settings, ownsModel: true);
        }
        catch (LlamaCppException ex)
        {
            throw new InvalidOperationException($"GenGateway:Providers:{name} (llamacpp) cannot start: {ex.Message}", ex);
        }

        try
        {
            client.Pool.Prewarm();
        }
        catch (LlamaCppException ex)
        {
            client.Dispose();
            throw new InvalidOperationException($"GenGateway:Providers:{name} (llamacpp) cannot start: {ex.Message}", ex);
        }

        LlamaModel loaded = (LlamaModel)client.GetService(typeof(LlamaModel))!;
        double milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogLoaded(logger, name, loaded.Path, loaded.Description, settings.ContextSize, settings.MaxConcurrency, settings.Threads, milliseconds);
        return new CandidateGrammarChatClient(client, name);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Provider {Provider}: loaded {ModelPath} ({Description}); {Slots} context(s) of {ContextSize} tokens, {Threads} thread(s) each, in {Milliseconds:F0} ms")]
    private static partial void LogLoaded(ILogger logger, string provider, string modelPath, string description, int contextSize, int slots,
        int threads, double milliseconds);
}
