using System.Text.Json.Nodes;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.EvalSuites.Assertions;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>Builds assertion specs and inputs without a suite file.</summary>
public static class Specs
{
    private static readonly SourceLocation Here = new("test.yaml", 7);

    public static AssertionSpec Of(string written, JsonNode? value = null, double? threshold = null, CandidateScope scope = CandidateScope.All, double weight = 1)
    {
        var resolved = AssertionCatalog.Resolve(written) ?? throw new ArgumentException($"unknown type {written}", nameof(written));
        var spec = new AssertionSpec { Type = resolved.Type, Negated = resolved.Negated, Value = value, Threshold = threshold, Scope = scope, Weight = weight, Location = Here };
        return AssertionCatalog.Validate(spec) is { } problem ? throw new ArgumentException(problem, nameof(value)) : spec;
    }

    public static EvalCase Case(ITaskRequest? request = null) => new()
    {
        Description = "c",
        Request = request ?? new SubjectLineRequest { Brief = new Brief { Product = "winter coats", Offer = "20% off", Facts = ["Sale ends Sunday"] } },
        RequestJson = [],
        Vars = new Dictionary<string, string>(),
        Assertions = [],
        Location = Here,
    };

    public static AssertionInput Input(GenerationResponse response, AssertionServices? services = null, double latencyMs = 10, double? cost = 0.001, ITaskRequest? request = null) => new()
    {
        Case = Case(request),
        Response = response,
        LatencyMs = latencyMs,
        CostUsd = cost,
        CostProblem = cost is null ? "no price for p" : null,
        Services = services ?? new AssertionServices(),
    };

    public static Task<AssertionResult> EvaluateAsync(AssertionSpec spec, AssertionInput input) =>
        AssertionCatalog.EvaluateAsync(spec, input, CancellationToken.None).AsTask();
}
