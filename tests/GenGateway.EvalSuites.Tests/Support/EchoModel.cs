using System.Text.Json;
using System.Text.RegularExpressions;

namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>
/// A loopback OpenAI-compatible model whose answer follows the prompt it is sent, like a model would: three subject
/// lines built from the prompt's <c>Product:</c> line (or "our products" when the prompt has none). A prompt edit
/// therefore changes the output, which is what a regression suite has to notice.
/// </summary>
public static partial class EchoModel
{
    /// <summary>Starts the fake on a free loopback port.</summary>
    public static FakeOpenAIServer Start()
    {
        var server = FakeOpenAIServer.Start();
        server.AnswerWith(SubjectLines);
        return server;
    }

    private static string SubjectLines(IReadOnlyList<string> messages)
    {
        var match = ProductLine().Match(string.Join("\n", messages));
        var product = match.Success && match.Groups[1].Value.Trim().Length > 0 ? match.Groups[1].Value.Trim() : "our products";
        return JsonSerializer.Serialize(new[] { $"{product}: new this week", $"New arrivals in {product}", $"Your {product} picks are waiting" });
    }

    [GeneratedRegex(@"Product:[ \t]*([^\n<]*)")]
    private static partial Regex ProductLine();
}
