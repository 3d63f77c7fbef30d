using System.Runtime.InteropServices;
using System.Text;
using GenGateway.LlamaCpp.Native;

namespace GenGateway.LlamaCpp;

/// <summary>
/// A GGUF model loaded into llama.cpp: weights (or only the vocabulary), tokenizer, chat template and metadata.
/// Thread-safe: tokenization and metadata reads are read-only in llama.cpp; inference goes through contexts
/// (<see cref="Inference.LlamaContextPool"/>), never through the model directly.
/// </summary>
public sealed class LlamaModel : IDisposable
{
    private static ReadOnlySpan<byte> GgufMagic => "GGUF"u8;
    private readonly SafeLlamaModelHandle _handle;
    private readonly nint _vocab;

    private LlamaModel(string path, SafeLlamaModelHandle handle, bool vocabOnly)
    {
        Path = path;
        _handle = handle;
        VocabOnly = vocabOnly;
        _vocab = LlamaNative.ModelGetVocab(handle);
        VocabularySize = LlamaNative.VocabNTokens(_vocab);
        EmbeddingLength = LlamaNative.ModelNEmbd(handle);
        TrainingContextLength = LlamaNative.ModelNCtxTrain(handle);
        HasEncoder = LlamaNative.ModelHasEncoder(handle);
        ChatTemplate = ReadChatTemplate(handle);
        Description = ReadDescription(handle);
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

    /// <summary>True for encoder models (BERT-like embedders), which run <c>llama_encode</c> instead of <c>llama_decode</c>.</summary>
    public bool HasEncoder { get; }

    /// <summary>The <c>tokenizer.chat_template</c> from the GGUF metadata, or null when the model has none.</summary>
    public string? ChatTemplate { get; }

    /// <summary>llama.cpp's one-line description (architecture, size, type).</summary>
    public string Description { get; }

    internal SafeLlamaModelHandle Handle => _handle;

    internal nint Vocab => _vocab;

    /// <summary>Loads a GGUF model.</summary>
    /// <param name="path">The GGUF file.</param>
    /// <param name="vocabOnly">Load only the vocabulary (for tokenizing; no weights are read).</param>
    /// <param name="libraryPath">Directory with the llama.cpp libraries; null to use the installed runtime.</param>
    /// <param name="runtimeCacheDirectory">Cache root of the installed runtime; null for the default.</param>
    /// <exception cref="LlamaModelLoadException">The file is missing, not GGUF, or llama.cpp rejected it.</exception>
    /// <exception cref="LlamaRuntimeNotFoundException">The native runtime is not installed.</exception>
    public static LlamaModel Load(string path, bool vocabOnly = false, string? libraryPath = null, string? runtimeCacheDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        CheckGgufFile(fullPath);
        LlamaRuntime.EnsureLoaded(libraryPath, runtimeCacheDirectory);

        LlamaModelParams parameters = LlamaNative.ModelDefaultParams();
        parameters.NGpuLayers = 0;
        parameters.VocabOnly = vocabOnly ? (byte)1 : (byte)0;
        LlamaLog.Clear();
        SafeLlamaModelHandle? handle = SafeLlamaModelHandle.FromPointer(LlamaNative.ModelLoadFromFile(fullPath, parameters));
        if (handle is null)
        {
            throw new LlamaModelLoadException(
                $"llama.cpp could not load the model '{fullPath}' (wrong architecture, truncated tensors, or not enough memory). {LlamaLog.RecentErrors()}".TrimEnd())
            {
                ModelPath = fullPath,
            };
        }

        return new LlamaModel(fullPath, handle, vocabOnly);
    }

    /// <summary>Tokenizes <paramref name="text"/> (UTF-8) with the model's tokenizer.</summary>
    /// <param name="text">The text.</param>
    /// <param name="addSpecial">Add BOS/EOS when the model is configured to.</param>
    /// <param name="parseSpecial">Treat special-token text (e.g. <c>&lt;|im_start|&gt;</c>) as those tokens rather than plain text.</param>
    public unsafe int[] Tokenize(string text, bool addSpecial = true, bool parseSpecial = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        int[] tokens = new int[utf8.Length + 8];
        bool added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            fixed (byte* textPtr = utf8)
            {
                int count;
                fixed (int* tokenPtr = tokens)
                {
                    count = LlamaNative.Tokenize(_vocab, textPtr, utf8.Length, tokenPtr, tokens.Length, addSpecial, parseSpecial);
                }

                if (count < 0)
                {
                    if (count == int.MinValue)
                    {
                        throw new LlamaCppException("The text is too long to tokenize.");
                    }

                    // A negative count is the size needed; tokenize again into a buffer of that size.
                    tokens = new int[-count];
                    fixed (int* tokenPtr = tokens)
                    {
                        count = LlamaNative.Tokenize(_vocab, textPtr, utf8.Length, tokenPtr, tokens.Length, addSpecial, parseSpecial);
                    }
                }

                return tokens.AsSpan(0, count).ToArray();
            }
        }
        finally
        {
            _handle.DangerousRelease();
        }
    }

    /// <summary>The UTF-8 bytes of one token (which may be part of a multi-byte character).</summary>
    /// <param name="token">The token id.</param>
    /// <param name="special">Render control tokens as their text.</param>
    public unsafe byte[] TokenToBytes(int token, bool special = false)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        Span<byte> buffer = stackalloc byte[128];
        int length;
        fixed (byte* ptr = buffer)
        {
            length = LlamaNative.TokenToPiece(_vocab, token, ptr, buffer.Length, 0, special);
        }

        if (length >= 0)
        {
            return buffer[..length].ToArray();
        }

        byte[] large = new byte[-length];
        fixed (byte* ptr = large)
        {
            length = LlamaNative.TokenToPiece(_vocab, token, ptr, large.Length, 0, special);
        }

        return large.AsSpan(0, Math.Max(length, 0)).ToArray();
    }

    /// <summary>Decodes tokens back to text (control tokens are not rendered).</summary>
    public string Detokenize(IEnumerable<int> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        using var bytes = new MemoryStream();
        foreach (int token in tokens)
        {
            bytes.Write(TokenToBytes(token));
        }

        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>True when <paramref name="token"/> ends generation (EOS, EOT and similar).</summary>
    public bool IsEndOfGeneration(int token) => LlamaNative.VocabIsEog(_vocab, token);

    /// <summary>A GGUF metadata value as text, or null when the key is absent.</summary>
    public unsafe string? GetMetadata(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        byte[] buffer = new byte[256];
        while (true)
        {
            int length;
            fixed (byte* ptr = buffer)
            {
                length = LlamaNative.ModelMetaValStr(_handle, key, ptr, (nuint)buffer.Length);
            }

            if (length < 0)
            {
                return null;
            }

            if (length < buffer.Length)
            {
                return Encoding.UTF8.GetString(buffer, 0, length);
            }

            buffer = new byte[length + 1];
        }
    }

    /// <summary>
    /// Renders a conversation into the prompt text with the model's chat template (falling back to ChatML when the
    /// model has none), ending with the assistant's turn opener when <paramref name="addAssistant"/>.
    /// </summary>
    /// <exception cref="LlamaCppException">llama.cpp does not know the model's template.</exception>
    public unsafe string ApplyChatTemplate(IReadOnlyList<(string Role, string Content)> messages, bool addAssistant = true)
    {
        ArgumentNullException.ThrowIfNull(messages);
        byte[][] roles = messages.Select(m => NullTerminated(m.Role)).ToArray();
        byte[][] contents = messages.Select(m => NullTerminated(m.Content)).ToArray();
        var handles = new List<GCHandle>(roles.Length * 2 + 1);
        try
        {
            var native = new LlamaChatMessage[messages.Count];
            for (int i = 0; i < native.Length; i++)
            {
                GCHandle role = GCHandle.Alloc(roles[i], GCHandleType.Pinned);
                GCHandle content = GCHandle.Alloc(contents[i], GCHandleType.Pinned);
                handles.Add(role);
                handles.Add(content);
                native[i] = new LlamaChatMessage { Role = (byte*)role.AddrOfPinnedObject(), Content = (byte*)content.AddrOfPinnedObject() };
            }

            byte[]? template = ChatTemplate is null ? null : NullTerminated(ChatTemplate);
            int estimate = Math.Max(256, contents.Sum(c => c.Length) * 2 + 256);
            byte[] buffer = new byte[estimate];
            fixed (LlamaChatMessage* messagePtr = native)
            fixed (byte* templatePtr = template)
            {
                int length;
                fixed (byte* bufferPtr = buffer)
                {
                    length = LlamaNative.ChatApplyTemplate(templatePtr, messagePtr, (nuint)native.Length, addAssistant, bufferPtr, buffer.Length);
                }

                if (length < 0)
                {
                    throw new LlamaCppException(
                        $"llama.cpp does not support the chat template of '{Path}'. Set a supported template in the GGUF metadata.");
                }

                if (length > buffer.Length)
                {
                    buffer = new byte[length];
                    fixed (byte* bufferPtr = buffer)
                    {
                        length = LlamaNative.ChatApplyTemplate(templatePtr, messagePtr, (nuint)native.Length, addAssistant, bufferPtr, buffer.Length);
                    }
                }

                return Encoding.UTF8.GetString(buffer, 0, length);
            }
        }
        finally
        {
            foreach (GCHandle handle in handles)
            {
                handle.Free();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();

    private static void CheckGgufFile(string fullPath)
    {
        if (!File.Exists(fullPath))
        {
            throw new LlamaModelLoadException($"Model file not found: '{fullPath}'.") { ModelPath = fullPath };
        }

        Span<byte> magic = stackalloc byte[4];
        using (FileStream stream = File.OpenRead(fullPath))
        {
            if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || !magic.SequenceEqual(GgufMagic))
            {
                throw new LlamaModelLoadException($"'{fullPath}' is not a GGUF model file (it does not start with the GGUF magic).")
                {
                    ModelPath = fullPath,
                };
            }
        }
    }

    private static unsafe string? ReadChatTemplate(SafeLlamaModelHandle handle)
    {
        byte* template = LlamaNative.ModelChatTemplate(handle, null);
        return template is null ? null : Marshal.PtrToStringUTF8((nint)template);
    }

    private static unsafe string ReadDescription(SafeLlamaModelHandle handle)
    {
        byte[] buffer = new byte[256];
        fixed (byte* ptr = buffer)
        {
            int length = LlamaNative.ModelDesc(handle, ptr, (nuint)buffer.Length);
            return length <= 0 ? string.Empty : Encoding.UTF8.GetString(buffer, 0, Math.Min(length, buffer.Length - 1));
        }
    }

    private static byte[] NullTerminated(string text)
    {
        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
