using System.Net;
using GenGateway.Server.Tests.Apis;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Hosting;

/// <summary>
/// Generation behind one slot and a small queue, with an upstream that answers slowly: what does not fit is refused
/// with 503 and Retry-After at once (or after the bounded wait), and a request whose caller left while queued never
/// reaches the model.
/// </summary>
public sealed class LoadSheddingTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_request_past_the_slots_and_the_queue_gets_503_problem_with_retry_after()
    {
        using var upstream = FakeOpenAIServer.Start();
        upstream.Default = FakeReply.Candidates("Pay now", "Place order", "Finish checkout") with { Delay = TimeSpan.FromSeconds(2) };
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", upstream, timeoutSeconds: 10),
            Shedding(slots: 1, queue: 0, waitSeconds: 5, retryAfter: 3)));
        using var client = factory.CreateClient();

        var first = client.PostAsync("/v1/ui-copy", Requests.Json(UiCopy("complete purchase")));
        await UntilAsync(() => upstream.Requests >= 1);
        using var refused = await client.PostAsync("/v1/ui-copy", Requests.Json(UiCopy("start a trial")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3", refused.Headers.GetValues("Retry-After").Single());
        var problem = await Requests.ReadJson(refused);
        Assert.Equal("urn:gengateway:problem:overloaded", problem.GetProperty("type").GetString());
        using var served = await first;
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(1, upstream.Requests);
    }

    [Fact]
    public async Task A_queued_request_is_refused_when_its_wait_runs_out_and_served_when_a_slot_frees_in_time()
    {
        using var upstream = FakeOpenAIServer.Start();
        upstream.Default = FakeReply.Candidates("Pay now", "Place order", "Finish checkout") with { Delay = TimeSpan.FromSeconds(3) };
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", upstream, timeoutSeconds: 10),
            Shedding(slots: 1, queue: 1, waitSeconds: 0.2, retryAfter: 1)));
        using var client = factory.CreateClient();

        var first = client.PostAsync("/v1/ui-copy", Requests.Json(UiCopy("complete purchase")));
        await UntilAsync(() => upstream.Requests >= 1);
        using var waitedTooLong = await client.PostAsync("/v1/ui-copy", Requests.Json(UiCopy("start a trial")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, waitedTooLong.StatusCode);
        Assert.Equal("1", waitedTooLong.Headers.GetValues("Retry-After").Single());
        using var served = await first;
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task A_request_whose_caller_left_while_queued_never_reaches_the_model()
    {
        using var upstream = FakeOpenAIServer.Start();
        upstream.Default = FakeReply.Candidates("Pay now", "Place order", "Finish checkout") with { Delay = TimeSpan.FromSeconds(2) };
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(GatewayFactory.Provider("primary", upstream, timeoutSeconds: 10),
            Shedding(slots: 1, queue: 4, waitSeconds: 20, retryAfter: 1)));
        using var client = factory.CreateClient();

        var first = client.PostAsync("/v1/ui-copy", Requests.Json(UiCopy("complete purchase")));
        await UntilAsync(() => upstream.Requests >= 1);
        using (var leaving = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsync("/v1/ui-copy", Requests.Json(UiCopy("start a trial")), leaving.Token));
        }

        using var served = await first;
        using var next = await client.PostAsync("/v1/ui-copy", Requests.Json(UiCopy("sign up")));

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        // The first and the last request reached the model; the one that left in the queue did not.
        Assert.Equal(2, upstream.Requests);
    }

    private static Dictionary<string, string?> Shedding(int slots, int queue, double waitSeconds, int retryAfter) => new()
    {
        ["GenGateway:LoadShedding:MaxConcurrentGenerations"] = slots.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GenGateway:LoadShedding:QueueLimit"] = queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GenGateway:LoadShedding:MaxQueueWaitSeconds"] = waitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GenGateway:LoadShedding:RetryAfterSeconds"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GenGateway:Cache:Enabled"] = "false",
    };

    private static string UiCopy(string goal) =>
        $$"""{ "count": 3, "element": "cta", "context": { "screen": "checkout", "goal": "{{goal}}" } }""";

    private static async Task UntilAsync(Func<bool> condition)
    {
        using var bound = new CancellationTokenSource(Bound);
        while (!condition())
        {
            await Task.Delay(20, bound.Token);
        }
    }
}
