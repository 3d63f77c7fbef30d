using System.Text.Json.Nodes;
using GenGateway.EvalSuites.Model;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Assertions;

public sealed class TextAssertionTests
{
    private static JsonNode Json(string json) => JsonNode.Parse(json)!;

    public static TheoryData<string, string, string[], bool> Cases => new()
    {
        // type, value (JSON), candidates, expected pass
        { "equals", "\"Hello\"", ["Hello"], true },
        { "equals", "\"Hello\"", ["hello"], false },
        { "equals", "{\"a\": 1}", ["{ \"a\": 1 }"], true },
        { "equals", "{\"a\": 1}", ["{\"a\": 2}"], false },
        { "not-equals", "\"Hello\"", ["Hi"], true },
        { "contains", "\"coats\"", ["Winter coats 20% off", "coats for all"], true },
        { "contains", "\"coats\"", ["Winter coats", "Boots"], false },
        { "contains", "\"Coats\"", ["winter coats"], false },
        { "icontains", "\"Coats\"", ["winter coats"], true },
        { "contains", "[\"winter\", \"coats\"]", ["winter coats"], true },
        { "contains", "[\"winter\", \"boots\"]", ["winter coats"], false },
        { "contains-any", "[\"boots\", \"coats\"]", ["winter coats"], true },
        { "contains-any", "[\"boots\", \"hats\"]", ["winter coats"], false },
        { "contains-all", "[\"winter\", \"coats\"]", ["winter coats"], true },
        { "icontains-all", "[\"WINTER\", \"COATS\"]", ["winter coats"], true },
        { "icontains-all", "[\"WINTER\", \"BOOTS\"]", ["winter coats"], false },
        { "icontains-any", "[\"BOOTS\", \"COATS\"]", ["winter coats"], true },
        { "not-contains", "\"cheap\"", ["winter coats", "great prices"], true },
        { "not-contains", "\"cheap\"", ["winter coats", "cheap coats"], false },
        { "not-icontains", "\"CHEAP\"", ["cheap coats"], false },
        { "not-icontains-any", "[\"cheap\", \"free\"]", ["winter coats"], true },
        { "not-icontains-any", "[\"cheap\", \"free\"]", ["free coats"], false },
        { "starts-with", "\"Winter\"", ["Winter coats"], true },
        { "starts-with", "\"Winter\"", ["Cold winter"], false },
        { "not-starts-with", "\"RE:\"", ["Lunch?"], true },
        { "regex", "\"^\\\\d+% off\"", ["20% off coats"], true },
        { "regex", "\"^\\\\d+% off\"", ["Coats 20% off"], false },
        { "not-regex", "\"(?i)lorem\"", ["Lorem ipsum"], false },
        { "min-length", "5", ["Hello"], true },
        { "min-length", "6", ["Hello"], false },
        { "max-length", "5", ["Hello"], true },
        { "max-length", "4", ["Hello"], false },
        { "max-length", "3", ["👍🏽ok"], true },
        { "min-words", "3", ["one two three"], true },
        { "min-words", "4", ["one two three"], false },
        { "max-words", "2", ["one  two"], true },
        { "max-words", "2", ["one two three"], false },
        { "is-json", "null", ["{\"a\": [1, 2]}"], true },
        { "is-json", "null", ["{a: 1}"], false },
        { "not-is-json", "null", ["plain text"], true },
        { "is-json", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}", ["[\"a\", \"b\"]"], true },
        { "is-json", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}", ["[\"a\", 2]"], false },
        { "json-schema", "{\"type\": \"object\", \"required\": [\"subject\"], \"properties\": {\"subject\": {\"type\": \"string\", \"maxLength\": 10}}, \"additionalProperties\": false}", ["{\"subject\": \"Hi\"}"], true },
        { "json-schema", "{\"type\": \"object\", \"required\": [\"subject\"]}", ["{\"title\": \"Hi\"}"], false },
        { "json-schema", "{\"type\": \"object\", \"properties\": {\"subject\": {\"type\": \"string\", \"maxLength\": 3}}}", ["{\"subject\": \"Hello\"}"], false },
        { "json-schema", "{\"type\": \"object\", \"additionalProperties\": false, \"properties\": {}}", ["{\"x\": 1}"], false },
        { "json-schema", "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 3}", ["2"], true },
        { "json-schema", "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 3}", ["4"], false },
        { "json-schema", "{\"enum\": [\"a\", \"b\"]}", ["\"c\""], false },
        { "json-schema", "{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"number\"}]}", ["true"], false },
        { "json-schema", "{\"type\": \"string\", \"pattern\": \"^[A-Z]\"}", ["\"Hello\""], true },
        { "json-schema", "{\"oneOf\": [{\"type\": \"string\"}, {\"maxLength\": 2}]}", ["\"a\""], false },
        { "json-schema", "{\"$defs\": {\"line\": {\"type\": \"string\"}}, \"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/line\"}}", ["[\"a\", 1]"], false },
        { "json-schema", "{\"type\": \"string\", \"format\": \"email\"}", ["\"not an address\""], false },
        { "json-schema", "{\"type\": \"string\", \"format\": \"email\"}", ["\"ann@example.com\""], true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Text_assertions_check_every_candidate(string type, string value, string[] candidates, bool expected)
    {
        var spec = Specs.Of(type, value == "null" ? null : Json(value));

        var result = await Specs.EvaluateAsync(spec, Specs.Input(Responses.With(candidates)));

        Assert.True(expected == result.Passed, $"{type} {value} on [{string.Join(" | ", candidates)}]: {result.Reason}");
        Assert.Equal(expected ? 1 : 0, result.Score);
        Assert.Equal(7, result.Line);
    }

    [Theory]
    [InlineData(CandidateScope.All, false)]
    [InlineData(CandidateScope.Any, true)]
    [InlineData(CandidateScope.First, true)]
    public async Task Scope_decides_whether_one_passing_candidate_is_enough(CandidateScope scope, bool expected)
    {
        var spec = Specs.Of("icontains", JsonValue.Create("coats"), scope: scope);

        var result = await Specs.EvaluateAsync(spec, Specs.Input(Responses.With("Winter coats", "Warm boots")));

        Assert.Equal(expected, result.Passed);
    }

    [Fact]
    public async Task A_failure_names_the_offending_candidate()
    {
        var result = await Specs.EvaluateAsync(Specs.Of("max-length", JsonValue.Create(10)), Specs.Input(Responses.With("Short", "Much too long a subject")));

        Assert.False(result.Passed);
        Assert.Contains("#2 \"Much too long a subject\": 23 chars > 10", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_failure_names_the_path_inside_the_candidate()
    {
        var schema = Json("{\"type\": \"object\", \"properties\": {\"lines\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}}}");

        var result = await Specs.EvaluateAsync(Specs.Of("is-json", schema), Specs.Input(Responses.With("{\"lines\": [\"ok\", 7]}")));

        Assert.False(result.Passed);
        Assert.Contains("$.lines[1]:", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("icontains")]
    [InlineData("not-icontains")]
    public async Task No_candidates_fail_a_per_candidate_assertion_even_negated(string type)
    {
        var result = await Specs.EvaluateAsync(Specs.Of(type, JsonValue.Create("x")), Specs.Input(Responses.NoSuggestion("newsletter")));

        Assert.False(result.Passed);
        Assert.Equal("no candidates (noSuggestionReason: newsletter)", result.Reason);
    }
}
