using System.Text;
using GenGateway.LlamaCpp.Runtime;
using LLama;
using LLama.Common;
using LLama.Exceptions;
using LLama.Native;

namespace GenGateway.LlamaCpp;

/// <summary>
/// A GGUF model loaded by LLamaSharp (<see cref="LLamaWeights"/>): weights (or only the vocabulary), tokenizer, chat
/// template and metadata. Thread-safe: tokenization and metadata reads are read-only in llama.cpp; inference goes
/// through contexts (<see cref="Inference.LlamaContextPool"/>), never through the model directly.
/// </summary>
public sealed class LlamaModel : IDisposable
{
    private static ReadOnlySpan<byte> GgufMagic => "GGUF"u8;
    private readonly LLamaWeights _weights;

    private LlamaModel(string path, LLamaWeights weights, bool vocabOnly)
    {
        Path = path;
        _weights = weights;
        VocabOnly = vocabOnly;
        VocabularySize = weights.Vocab.Count;
        EmbeddingLength = weights.EmbeddingSize;
        TrainingContextLength = weights.ContextSize;
        ChatTemplate = weights.Metadata.TryGetValue("tokenizer.chat_template", out string? template) ? template : null;
        Description = weights.NativeHandle.Description;
    }

    /// <summary>The GGUF file.</summary>
    public string Path { get; }

    /// <summary>True when only the vocabulary was loaded (tokenizer use only).</summary>
    public bool VocabOnly { get; }

    /// <summary>Number of tokens in the vocabulary.</summary>
    public int VocabularySize { get; }

    /// <summary>Width of the model's hidden state (and of its embeddings).</summary>
    public int EmbeddingLength { get; }

    /// <summary>Context length the model was trained with.</summary>
    public int TrainingContextLength { get; }

    /// <summary>The <c>tokenizer.chat_template</c> from the GGUF metadata, or null when the model has none.</summary>
    public string? ChatTemplate { get; }

    /// <summary>llama.cpp's one-line description (architecture, size, type).</summary>
    public string Description { get; }

    /// <summary>The LLamaSharp weights, for creating contexts.</summary>
    internal LLamaWeights Weights => _weights;

    /// <summary>Loads a GGUF model (no GPU layers).</summary>
    /// <param name="path">The GGUF file.</param>
    /// <param name="vocabOnly">Load only the vocabulary (for tokenizing; no weights are read).</param>
    /// <exception cref="LlamaModelLoadException">The file is missing, not GGUF, or llama.cpp rejected it.</exception>
    /// <exception cref="LlamaCppException">The native libraries do not load on this machine.</exception>
    public static LlamaModel Load(string path, bool vocabOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        CheckGgufFile(fullPath);
        LlamaNativeRuntime.EnsureLoaded();
        LlamaNativeRuntime.ClearRecentErrors();
        try
        {
            var parameters = new ModelParams(fullPath) { GpuLayerCount = 0, VocabOnly = vocabOnly };
            return new LlamaModel(fullPath, LLamaWeights.LoadFromFile(parameters), vocabOnly);
        }
        catch (LoadWeightsFailedException ex)
        {
            throw new LlamaModelLoadException(
                $"llama.cpp could not load the model '{fullPath}' (wrong architecture, truncated tensors, or not enough memory). {LlamaNativeRuntime.RecentErrors()}".TrimEnd(),
                ex)
            {
                ModelPath = fullPath,
            };
        }
    }

    /// <summary>Tokenizes <paramref name="text"/> (UTF-8) with the model's tokenizer.</summary>
    /// <param name="text">The text.</param>
    /// <param name="addSpecial">Add BOS/EOS when the model is configured to.</param>
    /// <param name="parseSpecial">Treat special-token text (e.g. <c>&lt;|im_start|&gt;</c>) as those tokens rather than plain text.</param>
    public int[] Tokenize(string text, bool addSpecial = true, bool parseSpecial = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        LLamaToken[] tokens = _weights.NativeHandle.Tokenize(text, addSpecial, parseSpecial, Encoding.UTF8);
        var ids = new int[tokens.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = (int)tokens[i];
        }

        return ids;
    }

    /// <summary>The UTF-8 bytes of one token (which may be part of a multi-byte character).</summary>
    /// <param name="token">The token id.</param>
    /// <param name="special">Render control tokens as their text.</param>
    public byte[] TokenToBytes(int token, bool special = false)
    {
        Span<byte> buffer = stackalloc byte[128];
        int length = checked((int)_weights.NativeHandle.TokenToSpan(token, buffer, 0, special));
        if (length <= buffer.Length)
        {
            return buffer[..length].ToArray();
        }

        byte[] large = new byte[length];
        _weights.NativeHandle.TokenToSpan(token, large, 0, special);
        return large;
    }

    /// <summary>True when <paramref name="token"/> ends generation (EOS, EOT and similar).</summary>
    public bool IsEndOfGeneration(int token) => ((LLamaToken)token).IsEndOfGeneration(_weights.Vocab);

    /// <summary>A GGUF metadata value as text, or null when the key is absent.</summary>
    public string? GetMetadata(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _weights.Metadata.TryGetValue(key, out string? value) ? value : null;
    }

    /// <summary>
    /// Renders a conversation into prompt text with the model's own chat template (<see cref="LLamaTemplate"/> over the
    /// GGUF's <c>tokenizer.chat_template</c>; llama.cpp falls back to ChatML when the model has none), ending with the
    /// assistant's turn opener when <paramref name="addAssistant"/>.
    /// </summary>
    /// <exception cref="LlamaCppException">llama.cpp does not know the model's template.</exception>
    public string ApplyChatTemplate(IReadOnlyList<(string Role, string Content)> messages, bool addAssistant = true)
    {
        ArgumentNullException.ThrowIfNull(messages);
        try
        {
            var template = new LLamaTemplate(_weights, strict: false) { AddAssistant = addAssistant };
            foreach ((string role, string content) in messages)
            {
                template.Add(role, content);
            }

            return Encoding.UTF8.GetString(template.Apply());
        }
        catch (Exception ex) when (ex is InvalidOperationException or RuntimeError)
        {
            throw new LlamaCppException(
                $"llama.cpp does not support the chat template of '{Path}'. Set a supported template in the GGUF metadata.", ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _weights.Dispose();

    private static void CheckGgufFile(string fullPath)
    {
        if (!File.Exists(fullPath))
        {
            throw new LlamaModelLoadException($"Model file not found: '{fullPath}'.") { ModelPath = fullPath };
        }

        Span<byte> magic = stackalloc byte[4];
        using FileStream stream = File.OpenRead(fullPath);
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || !magic.SequenceEqual(GgufMagic))
        {
            throw new LlamaModelLoadException($"'{fullPath}' is not a GGUF model file (it does not start with the GGUF magic).")
            {
                ModelPath = fullPath,
            };
        }
    }
}
