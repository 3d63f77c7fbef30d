using System.Text.Json.Nodes;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Loading;

/// <summary>The suite's <c>defaultTest:</c>, merged under every case.</summary>
internal sealed record CaseDefaults
{
    public static CaseDefaults Empty { get; } = new();

    public JsonObject Vars { get; init; } = [];

    public IReadOnlyList<AssertionSpec> Assertions { get; init; } = [];

    public double? Threshold { get; init; }

    public double PassRate { get; init; } = 1;

    public ProfileFixture? Profile { get; init; }

    public ProviderSpec? Judge { get; init; }
}
