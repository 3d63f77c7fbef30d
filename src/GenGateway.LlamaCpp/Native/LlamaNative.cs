using System.Runtime.InteropServices;

namespace GenGateway.LlamaCpp.Native;

/// <summary>
/// P/Invoke declarations for the subset of llama.cpp's C API (and ggml's backend loader) GenGateway uses.
/// Signatures follow the <c>llama.h</c> shipped in <c>node-llama-cpp</c> <see cref="LlamaRuntimeVersion.NodeLlamaCpp"/>.
/// </summary>
/// <remarks>
/// The library names are logical: <see cref="LlamaRuntime"/> installs a resolver that maps them to the files of the
/// installed runtime (whose names carry a version suffix, e.g. <c>libllama.v0.5.0.so</c>).
/// </remarks>
internal static unsafe partial class LlamaNative
{
    /// <summary>Logical name of libllama.</summary>
    public const string LlamaLibrary = "llama";

    /// <summary>Logical name of libggml (backend registry and loader).</summary>
    public const string GgmlLibrary = "ggml";

    // Backend and logging

    [LibraryImport(GgmlLibrary, EntryPoint = "ggml_backend_load_all_from_path", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void GgmlBackendLoadAllFromPath(string directory);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_backend_init")]
    public static partial void BackendInit();

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_log_set")]
    public static partial void LogSet(delegate* unmanaged[Cdecl]<int, byte*, nint, void> callback, nint userData);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_print_system_info")]
    public static partial byte* PrintSystemInfo();

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_max_parallel_sequences")]
    public static partial nuint MaxParallelSequences();

    // Defaults

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_default_params")]
    public static partial LlamaModelParams ModelDefaultParams();

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_context_default_params")]
    public static partial LlamaContextParams ContextDefaultParams();

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_chain_default_params")]
    public static partial LlamaSamplerChainParams SamplerChainDefaultParams();

    // Model

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_load_from_file", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ModelLoadFromFile(string path, LlamaModelParams parameters);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_free")]
    public static partial void ModelFree(nint model);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_get_vocab")]
    public static partial nint ModelGetVocab(SafeLlamaModelHandle model);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_n_embd")]
    public static partial int ModelNEmbd(SafeLlamaModelHandle model);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_n_ctx_train")]
    public static partial int ModelNCtxTrain(SafeLlamaModelHandle model);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_has_encoder")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ModelHasEncoder(SafeLlamaModelHandle model);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_has_decoder")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ModelHasDecoder(SafeLlamaModelHandle model);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_chat_template")]
    public static partial byte* ModelChatTemplate(SafeLlamaModelHandle model, byte* name);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_meta_val_str", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ModelMetaValStr(SafeLlamaModelHandle model, string key, byte* buffer, nuint bufferSize);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_model_desc")]
    public static partial int ModelDesc(SafeLlamaModelHandle model, byte* buffer, nuint bufferSize);

    // Context

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_init_from_model")]
    public static partial nint InitFromModel(SafeLlamaModelHandle model, LlamaContextParams parameters);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_free")]
    public static partial void Free(nint context);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_n_ctx")]
    public static partial uint NCtx(SafeLlamaContextHandle context);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_n_batch")]
    public static partial uint NBatch(SafeLlamaContextHandle context);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_pooling_type")]
    public static partial int PoolingType(SafeLlamaContextHandle context);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_get_memory")]
    public static partial nint GetMemory(SafeLlamaContextHandle context);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_memory_clear")]
    public static partial void MemoryClear(nint memory, [MarshalAs(UnmanagedType.U1)] bool data);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_decode")]
    public static partial int Decode(SafeLlamaContextHandle context, LlamaBatch batch);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_encode")]
    public static partial int Encode(SafeLlamaContextHandle context, LlamaBatch batch);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_get_embeddings_seq")]
    public static partial float* GetEmbeddingsSeq(SafeLlamaContextHandle context, int sequenceId);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_get_embeddings_ith")]
    public static partial float* GetEmbeddingsIth(SafeLlamaContextHandle context, int index);

    // Batch

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_batch_init")]
    public static partial LlamaBatch BatchInit(int tokenCapacity, int embd, int maxSequences);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_batch_free")]
    public static partial void BatchFree(LlamaBatch batch);

    // Vocabulary

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_vocab_n_tokens")]
    public static partial int VocabNTokens(nint vocab);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_vocab_is_eog")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool VocabIsEog(nint vocab, int token);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_vocab_type")]
    public static partial int VocabType(nint vocab);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_tokenize")]
    public static partial int Tokenize(
        nint vocab, byte* text, int textLength, int* tokens, int maxTokens,
        [MarshalAs(UnmanagedType.U1)] bool addSpecial, [MarshalAs(UnmanagedType.U1)] bool parseSpecial);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_token_to_piece")]
    public static partial int TokenToPiece(
        nint vocab, int token, byte* buffer, int length, int lstrip, [MarshalAs(UnmanagedType.U1)] bool special);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_chat_apply_template")]
    public static partial int ChatApplyTemplate(
        byte* template, LlamaChatMessage* messages, nuint messageCount, [MarshalAs(UnmanagedType.U1)] bool addAssistant,
        byte* buffer, int length);

    // Samplers

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_chain_init")]
    public static partial nint SamplerChainInit(LlamaSamplerChainParams parameters);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_chain_add")]
    public static partial void SamplerChainAdd(SafeLlamaSamplerHandle chain, nint sampler);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_chain_n")]
    public static partial int SamplerChainN(SafeLlamaSamplerHandle chain);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_free")]
    public static partial void SamplerFree(nint sampler);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_init_greedy")]
    public static partial nint SamplerInitGreedy();

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_init_dist")]
    public static partial nint SamplerInitDist(uint seed);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_init_top_k")]
    public static partial nint SamplerInitTopK(int k);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_init_top_p")]
    public static partial nint SamplerInitTopP(float p, nuint minKeep);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_init_min_p")]
    public static partial nint SamplerInitMinP(float p, nuint minKeep);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_init_temp")]
    public static partial nint SamplerInitTemp(float temperature);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_init_penalties")]
    public static partial nint SamplerInitPenalties(int vocabSize, int lastN, float repeat, float frequency, float presence);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_init_grammar", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint SamplerInitGrammar(nint vocab, string grammar, string root);

    [LibraryImport(LlamaLibrary, EntryPoint = "llama_sampler_sample")]
    public static partial int SamplerSample(SafeLlamaSamplerHandle sampler, SafeLlamaContextHandle context, int index);
}
