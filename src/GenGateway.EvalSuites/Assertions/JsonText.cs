using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>Parses candidate text as JSON without throwing.</summary>
internal static class JsonText
{
    public static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Error(string text)
    {
        try
        {
            JsonNode.Parse(text);
            return null;
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
    }
}
