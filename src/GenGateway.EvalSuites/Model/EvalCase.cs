using System.Text.Json.Nodes;
using GenGateway.Core.Requests;

namespace GenGateway.EvalSuites.Model;

/// <summary>One case of a suite: a request, what to assert about its response, and how it passes.</summary>
public sealed record EvalCase
{
    /// <summary>Description, unique within the suite (a <c> #n</c> suffix is added to repeats); results are keyed by it.</summary>
    public required string Description { get; init; }

    /// <summary>The task request built from the case's vars.</summary>
    public required ITaskRequest Request { get; init; }

    /// <summary>The request as JSON, for reports and the response cache.</summary>
    public required JsonObject RequestJson { get; init; }

    /// <summary>Every var flattened to dotted names (request fields and template-only vars), for <c>{{name}}</c> templates.</summary>
    public required IReadOnlyDictionary<string, string> Vars { get; init; }

    /// <summary>The assertions, defaults first.</summary>
    public required IReadOnlyList<AssertionSpec> Assertions { get; init; }

    /// <summary>Minimum weighted score; null means every weighted assertion must pass.</summary>
    public double? Threshold { get; init; }

    /// <summary>Share of repeats that must pass for the case to pass (with <c>--repeat N</c>).</summary>
    public double PassRate { get; init; } = 1;

    /// <summary>Events to ingest for the request's user before the case runs.</summary>
    public ProfileFixture? Profile { get; init; }

    /// <summary>Where the case was written (a test entry or a dataset row).</summary>
    public required SourceLocation Location { get; init; }
}
