using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using GenGateway.LlamaCpp.Native;

namespace GenGateway.LlamaCpp;

/// <summary>
/// Compiles a C probe with gcc against the pinned llama.h and checks that every struct the binding passes to llama.cpp
/// has the same size and field offsets in C#.
/// </summary>
[Collection(LlamaCollection.Name)]
public sealed class StructLayoutTests(LlamaRuntimeFixture fixture)
{
    // C struct name, managed mirror, and C field name → managed field name for every field.
    private static readonly (string CName, Type Managed, (string C, string Cs)[] Fields)[] Structs =
    [
        ("struct llama_model_params", typeof(LlamaModelParams),
        [
            ("devices", "Devices"), ("tensor_buft_overrides", "TensorBuftOverrides"), ("n_gpu_layers", "NGpuLayers"),
            ("split_mode", "SplitMode"), ("load_mode", "LoadMode"), ("lazy_mode", "LazyMode"), ("main_gpu", "MainGpu"),
            ("tensor_split", "TensorSplit"), ("progress_callback", "ProgressCallback"),
            ("progress_callback_user_data", "ProgressCallbackUserData"), ("kv_overrides", "KvOverrides"),
            ("vocab_only", "VocabOnly"), ("check_tensors", "CheckTensors"), ("use_extra_bufts", "UseExtraBufts"),
            ("no_host", "NoHost"), ("no_alloc", "NoAlloc"), ("load_mtp", "LoadMtp"),
        ]),
        ("struct llama_context_params", typeof(LlamaContextParams),
        [
            ("n_ctx", "NCtx"), ("n_batch", "NBatch"), ("n_ubatch", "NUbatch"), ("n_seq_max", "NSeqMax"), ("n_rs_seq", "NRsSeq"),
            ("n_outputs_max", "NOutputsMax"), ("n_outputs_max_per_seq", "NOutputsMaxPerSeq"), ("n_threads", "NThreads"),
            ("n_threads_batch", "NThreadsBatch"), ("ctx_type", "CtxType"), ("rope_scaling_type", "RopeScalingType"),
            ("pooling_type", "PoolingType"), ("attention_type", "AttentionType"), ("flash_attn_type", "FlashAttnType"),
            ("rope_freq_base", "RopeFreqBase"), ("rope_freq_scale", "RopeFreqScale"), ("yarn_ext_factor", "YarnExtFactor"),
            ("yarn_attn_factor", "YarnAttnFactor"), ("yarn_beta_fast", "YarnBetaFast"), ("yarn_beta_slow", "YarnBetaSlow"),
            ("yarn_orig_ctx", "YarnOrigCtx"), ("defrag_thold", "DefragThold"), ("cb_eval", "CbEval"),
            ("cb_eval_user_data", "CbEvalUserData"), ("type_k", "TypeK"), ("type_v", "TypeV"), ("abort_callback", "AbortCallback"),
            ("abort_callback_data", "AbortCallbackData"), ("embeddings", "Embeddings"), ("offload_kqv", "OffloadKqv"),
            ("no_perf", "NoPerf"), ("op_offload", "OpOffload"), ("swa_full", "SwaFull"), ("kv_unified", "KvUnified"),
            ("samplers", "Samplers"), ("n_samplers", "NSamplers"), ("ctx_other", "CtxOther"),
        ]),
        ("struct llama_batch", typeof(LlamaBatch),
        [
            ("n_tokens", "NTokens"), ("token", "Token"), ("embd", "Embd"), ("pos", "Pos"), ("n_seq_id", "NSeqId"),
            ("seq_id", "SeqId"), ("logits", "Logits"),
        ]),
        ("llama_token_data", typeof(LlamaTokenData), [("id", "Id"), ("logit", "Logit"), ("p", "P")]),
        ("llama_token_data_array", typeof(LlamaTokenDataArray),
            [("data", "Data"), ("size", "Size"), ("selected", "Selected"), ("sorted", "Sorted")]),
        ("llama_chat_message", typeof(LlamaChatMessage), [("role", "Role"), ("content", "Content")]),
        ("llama_sampler_chain_params", typeof(LlamaSamplerChainParams), [("no_perf", "NoPerf")]),
    ];

    [Fact]
    public async Task Every_marshalled_struct_matches_llama_h()
    {
        Dictionary<string, long> native = await RunProbeAsync();
        var mismatches = new List<string>();
        foreach ((string cName, Type managed, (string C, string Cs)[] fields) in Structs)
        {
            Check(mismatches, native, $"sizeof {cName}", SizeOf(managed));
            Check(mismatches, native, $"sizeof {cName}", Marshal.SizeOf(managed));
            foreach ((string cField, string csField) in fields)
            {
                Check(mismatches, native, $"offsetof {cName}.{cField}", Marshal.OffsetOf(managed, csField).ToInt64());
            }

            // Every managed field must be accounted for, so a field added on one side only cannot slip through.
            int managedFields = managed.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public).Length;
            if (managedFields != fields.Length)
            {
                mismatches.Add($"{managed.Name} has {managedFields} fields, the probe checks {fields.Length}");
            }
        }

        Assert.True(native.Count > Structs.Length, "the probe printed too little");
        Assert.Empty(mismatches);
    }

    private static long SizeOf(Type type) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;

    private static void Check(List<string> mismatches, Dictionary<string, long> native, string key, long managed)
    {
        if (!native.TryGetValue(key, out long expected))
        {
            mismatches.Add($"{key}: not printed by the probe");
        }
        else if (expected != managed)
        {
            mismatches.Add($"{key}: C {expected}, C# {managed}");
        }
    }

    private async Task<Dictionary<string, long>> RunProbeAsync()
    {
        string directory = Path.Combine(fixture.WorkDirectory, "probe");
        Directory.CreateDirectory(directory);
        var source = new StringBuilder("#include <stdio.h>\n#include <stddef.h>\n#include \"llama.h\"\nint main(void) {\n");
        foreach ((string cName, _, (string C, string Cs)[] fields) in Structs)
        {
            source.Append(CultureInfo.InvariantCulture, $"  printf(\"sizeof {cName} %zu\\n\", sizeof({cName}));\n");
            foreach ((string cField, _) in fields)
            {
                source.Append(CultureInfo.InvariantCulture, $"  printf(\"offsetof {cName}.{cField} %zu\\n\", offsetof({cName}, {cField}));\n");
            }
        }

        source.Append("  return 0;\n}\n");
        string cFile = Path.Combine(directory, "probe.c");
        string exe = Path.Combine(directory, "probe");
        await File.WriteAllTextAsync(cFile, source.ToString());
        string include = Path.Combine(fixture.Installation.SourceDirectory, "include");
        string ggmlInclude = Path.Combine(fixture.Installation.SourceDirectory, "ggml", "include");
        await RunAsync("gcc", ["-std=c11", "-I", include, "-I", ggmlInclude, "-o", exe, cFile]);
        string output = await RunAsync(exe, []);
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int space = line.LastIndexOf(' ');
            result[line[..space]] = long.Parse(line[(space + 1)..], CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static async Task<string> RunAsync(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }
}
