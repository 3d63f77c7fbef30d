using System.Text.Json.Nodes;

namespace GenGateway.EvalSuites.Loading;

/// <summary>One record of a CSV or JSONL dataset with the line it starts on.</summary>
internal sealed record DatasetRow(int Line, JsonObject Columns);
