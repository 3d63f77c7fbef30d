using System.CommandLine;
using GenGateway.LlamaCpp;
using GenGateway.LlamaCpp.Commands;
using Microsoft.Extensions.AI;

namespace GenGateway.Cli.Commands;

/// <summary><c>gengateway local tokenize|generate</c>: run a GGUF model in-process, as the <c>llamacpp</c> provider does.</summary>
public static class LocalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() =>
        new("local", "Use a local GGUF model through llama.cpp (LLamaSharp)") { CreateTokenize(), CreateGenerate() };

    private static Command CreateTokenize()
    {
        var model = ModelOption();
        var text = new Option<string>("--text") { Description = "Text to tokenize", Required = true };
        var noSpecial = new Option<bool>("--no-special") { Description = "Do not add BOS/EOS even when the vocabulary asks for them" };
        var tokenize = new Command("tokenize", "Print the token ids of a text on one line, space-separated (loads the vocabulary only)")
        {
            model, text, noSpecial,
        };
        tokenize.SetAction(parse => Run(() =>
        {
            LocalModelCommands.Tokenize(
                parse.GetValue(model)!.FullName, parse.GetValue(text)!, Console.Out, !parse.GetValue(noSpecial));
            return Task.CompletedTask;
        }));
        return tokenize;
    }

    private static Command CreateGenerate()
    {
        var model = ModelOption();
        var prompt = new Option<string>("--prompt") { Description = "The user message; rendered with the model's chat template", Required = true };
        var maxTokens = new Option<int>("--max-tokens") { Description = "Output token limit", DefaultValueFactory = _ => 256 };
        var temperature = new Option<float>("--temperature") { Description = "Sampling temperature; 0 is greedy", DefaultValueFactory = _ => 0.7f };
        var seed = new Option<long?>("--seed") { Description = "Sampling seed, for repeatable output" };
        var contextSize = new Option<int>("--context-size") { Description = "Context tokens (prompt plus output)", DefaultValueFactory = _ => 4096 };
        var threads = new Option<int>("--threads") { Description = "CPU threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var generate = new Command("generate", "Stream a reply to one prompt")
        {
            model, prompt, maxTokens, temperature, seed, contextSize, threads,
        };
        generate.SetAction((parse, cancellationToken) => Run(async () =>
        {
            var settings = new LlamaCppOptions
            {
                ContextSize = parse.GetValue(contextSize),
                Threads = parse.GetValue(threads),
                BatchSize = Math.Min(512, parse.GetValue(contextSize)),
            };
            if (settings.Validate() is { Count: > 0 } errors)
            {
                throw new ArgumentException(string.Join(Environment.NewLine, errors));
            }

            var chatOptions = new ChatOptions
            {
                MaxOutputTokens = parse.GetValue(maxTokens),
                Temperature = parse.GetValue(temperature),
                Seed = parse.GetValue(seed),
            };
            await LocalModelCommands.GenerateAsync(
                parse.GetValue(model)!.FullName, parse.GetValue(prompt)!, Console.Out, chatOptions, settings, cancellationToken);
        }));
        return generate;
    }

    private static Option<FileInfo> ModelOption() => new("--model") { Description = "GGUF model file", Required = true };

    /// <summary>Runs a command body, turning the binding's errors into a message on stderr and a non-zero exit code.</summary>
    private static async Task<int> Run(Func<Task> body)
    {
        try
        {
            await body();
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is LlamaModelLoadException or ArgumentException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (LlamaCppException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.Failures;
        }
    }
}
