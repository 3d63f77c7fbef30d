using System.Net;
using System.Text.Json;
using GenGateway.Server.Tests.Fakes;
using GenGateway.TestSupport.Qdrant;
using Qdrant.Client.Grpc;

namespace GenGateway.Server.Tests.Apis.Users;

/// <summary>
/// Two gateway processes (two replicas) with their own data directories against one Qdrant (the in-process fake):
/// per-user state lives in Qdrant, so what one replica records, the other answers with.
/// </summary>
public sealed class SharedUserStateTests : IAsyncLifetime
{
    private readonly string _directoryA = Directory.CreateTempSubdirectory("gengateway-replica-a").FullName;
    private readonly string _directoryB = Directory.CreateTempSubdirectory("gengateway-replica-b").FullName;
    private FakeQdrant _qdrant = null!;
    private ServerProcess _a = null!;
    private ServerProcess _b = null!;

    public async Task InitializeAsync()
    {
        _qdrant = await FakeQdrant.StartAsync();
        _qdrant.ApiKey = "replica-key";
        // The deadline is raised because the test checks agreement, not speed: on a loaded machine a first generation with
        // personalization can pass the default 20 s, and a generation past its deadline answers without personalization.
        string[] settings = [$"--GenGateway:Qdrant:Url={_qdrant.Url}", "--GenGateway:Qdrant:ApiKey=replica-key", "--GenGateway:RequestTimeoutSeconds=300"];
        _a = await ServerProcess.StartAsync(_directoryA, settings);
        _b = await ServerProcess.StartAsync(_directoryB, settings);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _qdrant.DisposeAsync();
        Directory.Delete(_directoryA, recursive: true);
        Directory.Delete(_directoryB, recursive: true);
    }

    [Fact]
    public async Task Replicas_agree_on_profile_consent_and_erase()
    {
        using var a = new HttpClient { BaseAddress = new Uri(_a.BaseUrl) };
        using var b = new HttpClient { BaseAddress = new Uri(_b.BaseUrl) };

        using var ingested = await a.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.CasualHistory()));
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        var profile = await Requests.ReadJson(await b.GetAsync("/v1/users/ann/profile"));
        Assert.Equal(4, profile.GetProperty("version").GetInt64());
        Assert.Equal("casual", profile.GetProperty("traits").GetProperty("formality").GetString());

        // Both replicas hash event ids with the one secret kept in Qdrant, so a batch retried through B is a duplicate.
        using var replay = await b.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.CasualHistory()));
        var replayed = await Requests.ReadJson(replay);
        Assert.Equal(0, replayed.GetProperty("accepted").GetInt32());
        Assert.Equal(4, replayed.GetProperty("duplicates").GetInt32());
        Assert.Equal(4, (await Requests.ReadJson(await a.GetAsync("/v1/users/ann/profile"))).GetProperty("version").GetInt64());
        var personalized = await PersonalizationAsync(b);
        Assert.False(personalized.GetProperty("coldStart").GetBoolean());
        Assert.Equal(4, personalized.GetProperty("profileVersion").GetInt64());

        using var consent = await a.PutAsync("/v1/users/ann/consent", Requests.Json("""{ "personalization": false }"""));
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.True((await PersonalizationAsync(b)).GetProperty("coldStart").GetBoolean());
        Assert.False((await Requests.ReadJson(await b.GetAsync("/v1/users/ann/export"))).GetProperty("consent").GetProperty("personalization").GetBoolean());

        using var erased = await a.DeleteAsync("/v1/users/ann");
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var export = await Requests.ReadJson(await b.GetAsync("/v1/users/ann/export"));
        Assert.Empty(export.GetProperty("events").EnumerateArray());
        Assert.Equal(0, export.GetProperty("profile").GetProperty("version").GetInt64());
        Assert.True(export.GetProperty("consent").GetProperty("personalization").GetBoolean());

        // Nothing of the user stayed in Qdrant (only the replicas' shared secret) or on either replica's disk, and every write to Qdrant waited to be applied.
        Assert.False(Directory.Exists(Path.Combine(_directoryA, "profiles")));
        Assert.False(Directory.Exists(Path.Combine(_directoryB, "profiles")));
        Assert.All(_qdrant.Requests<UpsertPoints>("qdrant.Points/Upsert"), u => Assert.True(u.Wait));
        Assert.All(_qdrant.Requests<DeletePoints>("qdrant.Points/Delete"), d => Assert.True(d.Wait));
        var left = Assert.Single(_qdrant.Collection("gengateway_users")!.Points.Values);
        Assert.Equal("privacy-secret", left.Payload["kind"].StringValue);
        Assert.Empty(_qdrant.Collection("gengateway_events")!.Points);
    }

    private static async Task<JsonElement> PersonalizationAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/v1/smart-replies", Requests.Json(UserBodies.SmartReply("ann")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Requests.ReadJson(response)).GetProperty("personalization");
    }
}
