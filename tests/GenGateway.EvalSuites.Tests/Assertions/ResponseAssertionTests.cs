using System.Text.Json.Nodes;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Assertions;

public sealed class ResponseAssertionTests
{
    public static TheoryData<string, string?, double?, int, double, double?, bool> Cases => new()
    {
        // type, value, threshold, candidates, latency ms, cost $, expected pass
        { "candidate-count", "3", null, 3, 10, 0, true },
        { "candidate-count", "3", null, 2, 10, 0, false },
        { "candidate-count", "{\"min\": 2}", null, 5, 10, 0, true },
        { "candidate-count", "{\"min\": 2, \"max\": 3}", null, 4, 10, 0, false },
        { "candidate-count", "{\"max\": 1}", null, 0, 10, 0, true },
        { "latency", null, 100, 1, 99.5, 0, true },
        { "latency", null, 100, 1, 150, 0, false },
        { "cost", null, 0.01, 1, 10, 0.002, true },
        { "cost", null, 0.001, 1, 10, 0.002, false },
        { "cost", null, 1, 1, 10, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_assertions_check_the_whole_response(string type, string? value, double? threshold, int candidates, double latency, double? cost, bool expected)
    {
        var spec = Specs.Of(type, value is null ? null : JsonNode.Parse(value), threshold);
        var response = Responses.With([.. Enumerable.Range(1, candidates).Select(i => $"candidate {i}")]);

        var result = await Specs.EvaluateAsync(spec, Specs.Input(response, latencyMs: latency, cost: cost));

        Assert.True(expected == result.Passed, result.Reason);
    }

    [Fact]
    public async Task An_unknown_cost_says_why()
    {
        var result = await Specs.EvaluateAsync(Specs.Of("cost", threshold: 1), Specs.Input(Responses.With("a"), cost: null));

        Assert.Equal("no price for p", result.Reason);
    }

    [Theory]
    [InlineData("no-suggestion", null, true)]
    [InlineData("no-suggestion", "newsletter", true)]
    [InlineData("no-suggestion", "automated-sender", false)]
    [InlineData("not-no-suggestion", null, false)]
    public async Task No_suggestion_checks_the_reason(string type, string? reason, bool expected)
    {
        var spec = Specs.Of(type, reason is null ? null : JsonValue.Create(reason));

        var result = await Specs.EvaluateAsync(spec, Specs.Input(Responses.NoSuggestion("newsletter")));

        Assert.Equal(expected, result.Passed);
    }

    [Fact]
    public async Task No_suggestion_fails_when_candidates_were_offered()
    {
        var result = await Specs.EvaluateAsync(Specs.Of("no-suggestion"), Specs.Input(Responses.With("Sure!")));

        Assert.False(result.Passed);
        Assert.Equal("1 candidate(s) offered", result.Reason);
    }
}
