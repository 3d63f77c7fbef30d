using System.Text.Json;
using System.Text.RegularExpressions;

namespace GenGateway.Core.Validation;

/// <summary>
/// Turns System.Text.Json's deserialization errors into field paths and messages a client can act on: the JSON kind
/// that was expected, never a .NET type name.
/// </summary>
public static partial class JsonErrorText
{
    /// <summary>The field path in the validator's style (<c>thread[0].sentAt</c>), or <c>$</c> for the whole body.</summary>
    public static string FieldPath(JsonException exception)
    {
        var path = exception.Path;
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "$";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    /// <summary>What was wrong, in JSON terms.</summary>
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        if (UnmappedMember().Match(message) is { Success: true } unmapped)
        {
            return $"unknown field '{unmapped.Groups["name"].Value}'";
        }

        if (ConversionFailure().Match(message) is { Success: true } conversion)
        {
            return $"expected {JsonKindOf(conversion.Groups["type"].Value)}";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>The 1-based line the error is on (System.Text.Json counts from 0).</summary>
    public static long Line(JsonException exception) => (exception.LineNumber ?? 0) + 1;

    /// <summary>Names the JSON kind a .NET type is read from.</summary>
    public static string JsonKindOf(string dotnetType)
    {
        var type = NullableWrapper().Match(dotnetType) is { Success: true } inner ? inner.Groups["inner"].Value : dotnetType;
        return type switch
        {
            "System.Int32" or "System.Int64" or "System.Int16" or "System.UInt32" or "System.UInt64" => "a whole number",
            "System.Double" or "System.Single" or "System.Decimal" => "a number",
            "System.String" => "a string",
            "System.Boolean" => "true or false",
            "System.DateTimeOffset" or "System.DateTime" => "a date-time string in ISO 8601 form, e.g. 2026-11-20T09:15:00Z",
            "System.DateOnly" => "a date string, e.g. 2026-11-20",
            "System.Guid" => "a UUID string",
            _ when type.Contains("Dictionary", StringComparison.Ordinal) => "an object",
            _ when type.EndsWith("[]", StringComparison.Ordinal) || type.Contains("List", StringComparison.Ordinal)
                || type.Contains("Collection", StringComparison.Ordinal) || type.Contains("Enumerable", StringComparison.Ordinal) => "an array",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.?(\s|$)")]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$")]
    private static partial Regex NullableWrapper();
}
