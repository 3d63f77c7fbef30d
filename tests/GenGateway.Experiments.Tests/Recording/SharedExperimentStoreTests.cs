using GenGateway.Experiments.Recording;
using GenGateway.Resilience.Pipelines;
using GenGateway.Storage.Qdrant;
using GenGateway.TestSupport.Qdrant;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace GenGateway.Experiments.Tests.Recording;

/// <summary>
/// Two replicas' experiment stores over the fake gRPC Qdrant (each with its own Qdrant.Client): what one records, the
/// other finds, counts and erases.
/// </summary>
public sealed class SharedExperimentStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly List<QdrantClient> _clients = [];
    private FakeQdrant _qdrant = null!;

    public async Task InitializeAsync() => _qdrant = await FakeQdrant.StartAsync();

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _qdrant.DisposeAsync();
    }

    [Fact]
    public async Task Replicas_agree_on_first_arms_exposures_and_outcomes()
    {
        var (a, b) = (Replica(), Replica());

        await a.AppendAsync(Exposure("ann", "variant", "r1", At));
        await b.AppendAsync(Exposure("ann", "control", "r2", At.AddMinutes(1)));
        await b.AppendAsync(Outcome("ann", "variant", "r1", At.AddMinutes(2)));
        await a.AppendAsync(Exposure("bob", "control", "r3", At.AddMinutes(3)));

        Assert.Equal("variant", await b.FirstArmAsync("default", "exp", "ann"));
        Assert.Equal("control", await a.FirstArmAsync("default", "exp", "bob"));
        Assert.Null(await a.FirstArmAsync("default", "other-exp", "ann"));
        Assert.Equal("variant", (await b.FindExposureAsync("default", "r1"))!.Arm);
        Assert.Null(await b.FindExposureAsync("other-tenant", "r1"));
        var entries = await a.ReadAsync("default", "exp").ToListAsync();
        Assert.Equal(["r1", "r2", "r1", "r3"], entries.Select(e => e.Exposure?.RequestId ?? e.Outcome!.RequestId));
        Assert.Equal("clicked", entries[2].Outcome!.Outcome);
        Assert.All(_qdrant.Requests<UpsertPoints>("qdrant.Points/Upsert"), u => Assert.True(u.Wait));
    }

    [Fact]
    public async Task A_retried_outcome_counts_once()
    {
        var (a, b) = (Replica(), Replica());
        await a.AppendAsync(Exposure("ann", "variant", "r1", At));

        await a.AppendAsync(Outcome("ann", "variant", "r1", At.AddMinutes(1)));
        await b.AppendAsync(Outcome("ann", "variant", "r1", At.AddMinutes(1)));

        Assert.Single(await a.ReadAsync("default", "exp").Where(e => e.Outcome is not null).ToListAsync());
    }

    [Fact]
    public async Task An_erase_through_one_replica_leaves_nothing_of_the_user_for_the_other()
    {
        var (a, b) = (Replica(), Replica());
        await a.AppendAsync(Exposure("ann", "variant", "r1", At));
        await a.AppendAsync(Outcome("ann", "variant", "r1", At.AddMinutes(1)));
        await b.AppendAsync(Exposure("bob", "control", "r2", At));

        Assert.Equal(2, (await b.ExportUserAsync("default", "ann")).Count);
        Assert.Equal(2, await a.EraseUserAsync("default", "ann"));

        Assert.Empty(await b.ExportUserAsync("default", "ann"));
        Assert.Null(await b.FirstArmAsync("default", "exp", "ann"));
        Assert.Null(await b.FindExposureAsync("default", "r1"));
        Assert.Equal(["r2"], await b.ReadAsync("default", "exp").Select(e => e.Exposure!.RequestId).ToListAsync());
        Assert.DoesNotContain(_qdrant.Collection("gengateway_users")!.Points.Values, p => p.Payload["user_id"].StringValue == "ann");
    }

    private SharedExperimentStore Replica()
    {
        var options = new QdrantOptions { Url = _qdrant.Url, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        var client = QdrantConnection.CreateClient(options);
        _clients.Add(client);
        return new SharedExperimentStore(new QdrantUserDocumentStore(client, options,
            QdrantResilience.CreatePipeline(options, new OutboundPipelineFactory(TimeProvider.System))));
    }

    private static ExposureRecord Exposure(string user, string arm, string requestId, DateTimeOffset at) => new()
    {
        Tenant = "default", ExperimentId = "exp", Arm = arm, Unit = user, UserId = user, RequestId = requestId,
        At = at, PromptName = "subject-lines", PromptVersion = "1", Model = "rules",
    };

    private static OutcomeRecord Outcome(string user, string arm, string requestId, DateTimeOffset at) => new()
    {
        Tenant = "default", ExperimentId = "exp", Arm = arm, Unit = user, UserId = user, RequestId = requestId, Outcome = "clicked", At = at,
    };
}
