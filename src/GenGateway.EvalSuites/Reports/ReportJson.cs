using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GenGateway.EvalSuites.Results;

namespace GenGateway.EvalSuites.Reports;

/// <summary>The JSON results report (<c>--json</c>), which is also the baseline format.</summary>
public static class ReportJson
{
    /// <summary>camelCase, indented, nulls left out, non-ASCII text kept readable.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes a run.</summary>
    public static string Write(RunResult result) => JsonSerializer.Serialize(result, Options);
}
