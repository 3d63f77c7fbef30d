using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace GenGateway.Storage.Tests.Contract;

/// <summary>
/// Every request the Qdrant store sends, validated strictly against the request schema of its operation in Qdrant's
/// published OpenAPI spec (<c>QDRANT_OPENAPI_SPEC</c>). Qdrant accepts unknown keys in most bodies, so a wrong key
/// would pass silently against a real server; only this check catches it.
/// </summary>
[Trait("Category", "Contract")]
public sealed class QdrantRequestContractTests(QdrantContractScenario scenario) : IClassFixture<QdrantContractScenario>
{
    private readonly QdrantOpenApiSpec _spec = QdrantOpenApiSpec.Load();

    private static readonly string[] OperationIds =
    [
        "get_collection", "collection_exists", "create_collection", "create_field_index", "upsert_points",
        "get_points", "query_points", "scroll_points", "count_points", "delete_points",
    ];

    public static TheoryData<string> Operations => new(OperationIds);

    [Fact]
    public void Uses_the_spec_of_qdrant_1_19()
    {
        Assert.StartsWith("v1.19", _spec.Version, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Sends_bodies_and_query_parameters_the_spec_accepts(string operationId)
    {
        var validator = new JsonSchemaValidator(_spec, strict: true);
        var sent = Requests().Where(r => r.OperationId == operationId).ToList();

        Assert.NotEmpty(sent);
        foreach (var (request, template, _) in sent)
        {
            var schema = _spec.RequestSchema(request.Method, template);
            if (schema is { } bodySchema)
            {
                using var body = JsonDocument.Parse(request.Body);
                var errors = validator.Validate(body.RootElement, bodySchema);
                Assert.True(errors.Count == 0, $"{request.Method} {request.Path} body {request.Body}\n violates the spec:\n {string.Join("\n ", errors)}");
            }
            else
            {
                Assert.Equal(string.Empty, request.Body);
            }

            var declared = _spec.QueryParameters(request.Method, template);
            foreach (var (name, values) in QueryHelpers.ParseQuery(request.Query))
            {
                Assert.True(declared.ContainsKey(name), $"{operationId} does not declare query parameter '{name}'");
                var value = JsonNode.Parse(values.ToString()) ?? JsonValue.Create(values.ToString());
                using var parsed = JsonDocument.Parse(value.ToJsonString());
                Assert.Empty(validator.Validate(parsed.RootElement, declared[name]));
            }
        }
    }

    [Fact]
    public void Sends_only_operations_of_the_spec_and_never_the_legacy_search()
    {
        var operations = Requests().Select(r => r.OperationId).Distinct().Order().ToList();

        Assert.Equal(OperationIds.Order(), operations);
        Assert.DoesNotContain(scenario.Exchanges, e => e.Request.Path.EndsWith("/points/search", StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_with_wait_true()
    {
        var writes = Requests().Where(r => r.OperationId is "upsert_points" or "delete_points" or "create_field_index").ToList();

        Assert.All(writes, w => Assert.Contains("wait=true", w.Request.Query, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_the_legacy_search_body_on_the_query_endpoint()
    {
        using var legacy = JsonDocument.Parse(File.ReadAllText(Example("basic_api_test.legacy-search-filter.request.json")));
        var schema = _spec.RequestSchema("POST", "/collections/{collection_name}/points/query")!.Value;

        var errors = new JsonSchemaValidator(_spec, strict: true).Validate(legacy.RootElement, schema);

        Assert.Contains(errors, e => e.Contains("$.vector: unknown key", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.top: unknown key", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("update_mod", "\"insert_only\"", "unknown key")]
    [InlineData("update_mode", "\"insert-only\"", "is not one of")]
    [InlineData("points", "[{\"id\":\"user-42\",\"vector\":[1]}]", "not a UUID")]
    public void Catches_a_wrong_upsert_body(string key, string value, string expected)
    {
        var upsert = JsonNode.Parse(Requests().First(r => r.OperationId == "upsert_points").Request.Body)!.AsObject();
        upsert[key] = JsonNode.Parse(value);
        using var body = JsonDocument.Parse(upsert.ToJsonString());

        var errors = new JsonSchemaValidator(_spec, strict: true).Validate(body.RootElement, _spec.Schema("PointInsertOperations"));

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("query_points", "QueryRequest", "with_payloads", "true", "unknown key")]
    [InlineData("query_points", "QueryRequest", "top", "5", "unknown key")]
    [InlineData("query_points", "QueryRequest", "limit", "0", "below the minimum")]
    [InlineData("scroll_points", "ScrollRequest", "page_size", "10", "unknown key")]
    [InlineData("count_points", "CountRequest", "exact", "\"yes\"", "expected a boolean")]
    [InlineData("delete_points", "PointsSelector", "filter", "{\"must\":[{\"key\":\"tenant\",\"match\":{\"val\":\"t\"}}]}", "matches none")]
    [InlineData("create_field_index", "CreateFieldIndex", "field_schema", "{\"type\":\"keyword\",\"tenant\":true}", "matches none")]
    public void Catches_a_wrong_key_or_value_in_any_body(string operationId, string schema, string key, string value, string expected)
    {
        var body = JsonNode.Parse(Requests().First(r => r.OperationId == operationId).Request.Body)!.AsObject();
        body[key] = JsonNode.Parse(value);
        using var document = JsonDocument.Parse(body.ToJsonString());

        var errors = new JsonSchemaValidator(_spec, strict: true).Validate(document.RootElement, _spec.Schema(schema));

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Accepts_every_published_request_example_the_manifest_marks_valid()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Example("MANIFEST.json")));
        var validator = new JsonSchemaValidator(_spec, strict: true);
        var checkedCount = 0;
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            var schemaName = entry.GetProperty("schema").GetString()!;
            if (entry.GetProperty("kind").GetString() != "request" || !entry.GetProperty("validates_against_spec").GetBoolean()
                || schemaName.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            using var example = JsonDocument.Parse(File.ReadAllText(Example(entry.GetProperty("file").GetString()!)));
            var errors = validator.Validate(example.RootElement, _spec.Schema(schemaName));
            Assert.True(errors.Count == 0, $"{entry.GetProperty("file").GetString()}: {string.Join("; ", errors)}");
            checkedCount++;
        }

        Assert.True(checkedCount >= 20, $"only {checkedCount} examples checked");
    }

    private IEnumerable<(Fakes.CapturedRequest Request, string Template, string OperationId)> Requests() =>
        scenario.Exchanges.Select(e =>
        {
            var template = _spec.TemplateFor(e.Request.Method, e.Request.Path);
            return (e.Request, template, _spec.OperationId(e.Request.Method, template));
        });

    private string Example(string file)
    {
        var path = Path.Combine(Path.GetDirectoryName(_spec.Path)!, "examples", file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Qdrant example {path} is missing (expected next to the spec).", path);
    }
}
