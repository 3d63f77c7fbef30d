using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenGateway.Storage.Qdrant;

namespace GenGateway.Storage.Tests.Contract;

/// <summary>
/// Feeds every response shape the spec declares for the operations the store uses — each success variant, the
/// ErrorResponse JSON, and the plain-text 401/403 of the auth layer — to the store's parsers. A shape is either
/// parsed or reported as a <see cref="QdrantException"/> that says what was wrong; nothing else may escape.
/// </summary>
[Trait("Category", "Contract")]
public sealed class QdrantResponseContractTests(QdrantContractScenario scenario) : IClassFixture<QdrantContractScenario>
{
    private static readonly Dictionary<string, Action<JsonElement>> Parsers = new(StringComparer.Ordinal)
    {
        ["get_collection"] = r => QdrantResponses.CollectionInfo(r),
        ["collection_exists"] = r => QdrantResponses.Exists(r),
        ["create_collection"] = r => QdrantResponses.Bool(r),
        ["create_field_index"] = r => QdrantResponses.UpdateStatus("create index", r),
        ["upsert_points"] = r => QdrantResponses.UpdateStatus("upsert points", r),
        ["delete_points"] = r => QdrantResponses.UpdateStatus("delete points", r),
        ["get_points"] = r => QdrantResponses.Records(r),
        ["query_points"] = r => QdrantResponses.QueryPoints(r),
        ["scroll_points"] = r => QdrantResponses.Scroll(r),
        ["count_points"] = r => QdrantResponses.Count(r),
    };

    private static readonly (string Method, string Template)[] Used =
    [
        ("GET", "/collections/{collection_name}"),
        ("GET", "/collections/{collection_name}/exists"),
        ("PUT", "/collections/{collection_name}"),
        ("PUT", "/collections/{collection_name}/index"),
        ("PUT", "/collections/{collection_name}/points"),
        ("POST", "/collections/{collection_name}/points/delete"),
        ("POST", "/collections/{collection_name}/points"),
        ("POST", "/collections/{collection_name}/points/query"),
        ("POST", "/collections/{collection_name}/points/scroll"),
        ("POST", "/collections/{collection_name}/points/count"),
    ];

    private readonly QdrantOpenApiSpec _spec = QdrantOpenApiSpec.Load();

    public static TheoryData<string, string> Operations
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (method, template) in Used)
            {
                data.Add(method, template);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Parses_every_success_shape_the_spec_declares(string method, string template)
    {
        var operationId = _spec.OperationId(method, template);
        var (_, _, schema) = _spec.Responses(method, template).Single(r => r.Status == "200");
        var generator = new SchemaInstanceGenerator(_spec);
        var validator = new JsonSchemaValidator(_spec, strict: false);
        var variants = generator.VariantCount(schema!.Value);
        var parsed = 0;
        for (var variant = 0; variant < variants; variant++)
        {
            var instance = generator.Generate(schema.Value, variant)!;
            using var document = JsonDocument.Parse(instance.ToJsonString());
            var generatedErrors = validator.Validate(document.RootElement, schema.Value);
            Assert.True(generatedErrors.Count == 0, $"variant {variant}: {string.Join("\n", generatedErrors)}\n{instance.ToJsonString()}");
            try
            {
                var result = QdrantResponses.Result(operationId, HttpStatusCode.OK, "application/json", instance.ToJsonString());
                Parsers[operationId](result);
                parsed++;
            }
            catch (QdrantException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            }
        }

        Assert.True(parsed > 0, $"no success shape of {operationId} parsed out of {variants}");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Reports_every_error_shape_with_qdrants_message(string method, string template)
    {
        var operationId = _spec.OperationId(method, template);
        var generator = new SchemaInstanceGenerator(_spec);
        var errorResponses = _spec.Responses(method, template).Where(r => r.Status is "4XX" or "default").ToList();

        Assert.NotEmpty(errorResponses);
        foreach (var (status, mediaType, schema) in errorResponses)
        {
            for (var variant = 0; variant < generator.VariantCount(schema!.Value); variant++)
            {
                var body = generator.Generate(schema.Value, variant)!.AsObject();
                var code = status == "default" ? HttpStatusCode.InternalServerError : HttpStatusCode.BadRequest;

                var error = Assert.Throws<QdrantException>(() => QdrantResponses.Result(operationId, code, mediaType, body.ToJsonString()));

                Assert.Equal(code, error.StatusCode);
                if (body["status"]?["error"] is JsonValue message)
                {
                    Assert.Contains(message.GetValue<string>(), error.Message, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData(401, "Must provide an API key or an Authorization bearer token", "QDRANT_API_KEY")]
    [InlineData(403, "Forbidden: Write access denied", "read-only key")]
    public void Reports_plain_text_auth_failures(int status, string text, string hint)
    {
        foreach (var (_, template) in Used)
        {
            var error = Assert.Throws<QdrantException>(() => QdrantResponses.Result("op", (HttpStatusCode)status, "text/plain", text));

            Assert.Contains(text, error.Message, StringComparison.Ordinal);
            Assert.Contains(hint, error.Message, StringComparison.Ordinal);
            Assert.NotNull(template);
        }
    }

    [Fact]
    public void Parses_the_published_response_examples()
    {
        var examples = Path.Combine(Path.GetDirectoryName(_spec.Path)!, "examples");

        var created = QdrantResponses.Result("create collection", HttpStatusCode.OK, "application/json", File.ReadAllText(Path.Combine(examples, "spec.create-collection.response.json")));
        var upserted = QdrantResponses.Result("upsert points", HttpStatusCode.OK, "application/json", File.ReadAllText(Path.Combine(examples, "spec.upsert-points.response.json")));

        Assert.True(QdrantResponses.Bool(created));
        Assert.Equal("completed", QdrantResponses.UpdateStatus("upsert points", upserted));
    }

    [Fact]
    public void Maps_every_update_status_the_spec_lists()
    {
        var statuses = _spec.Schema("UpdateStatus").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();

        foreach (var status in statuses)
        {
            using var document = JsonDocument.Parse($$"""{"operation_id":1,"status":"{{status}}"}""");
            if (status == "wait_timeout")
            {
                Assert.Contains("wait_timeout", Assert.Throws<QdrantException>(() => QdrantResponses.UpdateStatus("upsert points", document.RootElement)).Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(status, QdrantResponses.UpdateStatus("upsert points", document.RootElement));
            }
        }
    }

    [Fact]
    public void Reads_integer_and_uuid_point_ids()
    {
        using var document = JsonDocument.Parse("""{"points":[{"id":42,"version":1,"score":0.5},{"id":"550e8400-e29b-41d4-a716-446655440000","version":1,"score":0.25,"vector":{"named":[1,2]}}]}""");

        var points = QdrantResponses.QueryPoints(document.RootElement);

        Assert.Equal(["42", "550e8400-e29b-41d4-a716-446655440000"], points.Select(p => p.Id));
        Assert.Null(points[1].Vector);
    }

    [Fact]
    public void Answers_of_the_fake_match_the_spec()
    {
        var validator = new JsonSchemaValidator(_spec, strict: false);
        foreach (var exchange in scenario.Exchanges)
        {
            var template = _spec.TemplateFor(exchange.Request.Method, exchange.Request.Path);
            var declared = _spec.Responses(exchange.Request.Method, template).ToList();
            var key = exchange.Status == 200 ? "200" : "4XX";
            var (_, _, schema) = declared.FirstOrDefault(r => r.Status == key);
            Assert.True(schema is not null, $"no {key} response for {template}");
            using var body = JsonDocument.Parse(exchange.Body);
            var errors = validator.Validate(body.RootElement, schema!.Value);
            Assert.True(errors.Count == 0, $"fake answer to {exchange.Request.Method} {exchange.Request.Path}: {string.Join("; ", errors)}");
        }
    }
}
