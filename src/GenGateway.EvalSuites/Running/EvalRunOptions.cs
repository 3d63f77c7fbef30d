using GenGateway.Core.DependencyInjection;
using GenGateway.EvalSuites.Assertions;
using GenGateway.EvalSuites.Fixtures;
using Microsoft.Extensions.Configuration;

namespace GenGateway.EvalSuites.Running;

/// <summary>How a suite run is carried out.</summary>
public sealed record EvalRunOptions
{
    /// <summary>Cases (times providers times repeats) in flight at once.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Runs of each case; the case's pass rate is passes / repeats.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Base sampling seed; repeat <c>i</c> uses <c>Seed + i</c>.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>Folder of the response cache; null turns the cache off.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Embedder, evaluators (and the judge is built per suite).</summary>
    public AssertionServices Services { get; init; } = new();

    /// <summary>Ingests profile fixtures; null makes suites with <c>profile:</c> invalid.</summary>
    public IProfileFixtureLoader? ProfileFixtures { get; init; }

    /// <summary>
    /// Adds services to every gateway instance the run builds (after <c>AddGenGateway</c> and the hosted
    /// providers), given that instance's configuration (its provider and its own <c>GenGateway:DataDirectory</c>):
    /// the llama.cpp provider factory, the vector store, profiles and their personalization source.
    /// </summary>
    public Action<IGenGatewayBuilder, IConfiguration>? ConfigureGateway { get; init; }

    /// <summary>Environment variables to read provider keys and URLs from; null reads the process environment.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Tenant the requests run under.</summary>
    public string Tenant { get; init; } = "default";
}
