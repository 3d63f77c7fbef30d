using System.Text.Json;
using GenGateway.Cli.Commands;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Cli;

/// <summary><c>local:&lt;gguf&gt;</c> runs a GGUF file in process through the gateway's llama.cpp provider.</summary>
public sealed class LocalModelEvalTests
{
    [Fact]
    public async Task A_local_gguf_provider_generates_through_llama_cpp_in_process()
    {
        var model = await TinyLocalModel.GetPathAsync();
        using var folder = new TempFolder();
        var suite = folder.Write("suite.yaml", $$"""
            prompt: ui-copy
            providers: [ "local:{{model}}" ]
            tests:
              - description: a call to action
                vars: { count: 2, element: cta, maxLength: 40, context: { goal: subscribe } }
                assert:
                  - { type: latency, threshold: 120000 }
            """);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await EvalRunCommand.RunAsync(new EvalRunArguments { Path = suite, Json = folder.File("results.json"), NoCache = true }, stdout, stderr);

        Assert.True(exit == 0, stdout.ToString() + stderr.ToString());
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("results.json")));
        var run = results.RootElement.GetProperty("cases")[0].GetProperty("runs")[0];
        Assert.Equal($"local:{model}", results.RootElement.GetProperty("cases")[0].GetProperty("provider").GetString());
        Assert.True(run.GetProperty("modelCalls").GetInt32() >= 1, run.ToString());
        // The gateway names a local GGUF by its file name without extension, never by its path.
        Assert.Equal(Path.GetFileNameWithoutExtension(model), run.GetProperty("model").GetString());
    }
}
