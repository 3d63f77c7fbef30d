using System.Net;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis.Users;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Events_acknowledged_with_202_survive_kill_9()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-kill").FullName;
        await using (var first = await ServerProcess.StartAsync(data))
        {
            using var client = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
            using var accepted = await client.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.CasualHistory()));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

            await first.KillAsync();
        }

        await using var second = await ServerProcess.StartAsync(data);
        using var again = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
        var export = await Requests.ReadJson(await again.GetAsync("/v1/users/ann/export"));
        Assert.Equal(["m1", "m2", "m3", "m4"], export.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(4, export.GetProperty("profile").GetProperty("version").GetInt64());
        var replay = await Requests.ReadJson(await again.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.CasualHistory())));
        Assert.Equal(4, replay.GetProperty("duplicates").GetInt32());
    }
}
