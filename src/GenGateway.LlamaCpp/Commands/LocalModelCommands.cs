using System.Globalization;
using GenGateway.LlamaCpp.Chat;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp.Commands;

/// <summary>
/// The logic behind <c>gengateway local tokenize</c> and <c>gengateway local generate</c>; the CLI parses arguments
/// and calls these.
/// </summary>
public static class LocalModelCommands
{
    /// <summary><c>local tokenize</c>: writes the token ids of <paramref name="text"/> on one line, space-separated.</summary>
    /// <param name="modelPath">GGUF file (only its vocabulary is loaded).</param>
    /// <param name="text">Text to tokenize.</param>
    /// <param name="output">Where the ids go.</param>
    /// <param name="addSpecial">Add BOS/EOS as the model is configured to.</param>
    /// <exception cref="LlamaModelLoadException">The model could not be loaded.</exception>
    public static void Tokenize(string modelPath, string text, TextWriter output, bool addSpecial = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        using LlamaModel model = LlamaModel.Load(modelPath, vocabOnly: true);
        int[] tokens = model.Tokenize(text, addSpecial, parseSpecial: false);
        output.WriteLine(string.Join(' ', tokens.Select(t => t.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>
    /// <c>local generate</c>: renders <paramref name="prompt"/> as a user turn with the model's chat template and streams
    /// the reply to <paramref name="output"/>.
    /// </summary>
    /// <returns>The full reply.</returns>
    /// <exception cref="LlamaModelLoadException">The model could not be loaded.</exception>
    public static async Task<string> GenerateAsync(
        string modelPath,
        string prompt,
        TextWriter output,
        ChatOptions? chatOptions = null,
        LlamaCppOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        LlamaCppOptions effective = (options ?? new LlamaCppOptions()) with { ModelPath = modelPath };
        using LlamaChatClient client = LlamaChatClient.Create(effective);
        var reply = new System.Text.StringBuilder();
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(
            [new ChatMessage(ChatRole.User, prompt)], chatOptions, cancellationToken))
        {
            string text = update.Text;
            if (text.Length > 0)
            {
                reply.Append(text);
                await output.WriteAsync(text);
            }
        }

        await output.WriteLineAsync();
        return reply.ToString();
    }
}
