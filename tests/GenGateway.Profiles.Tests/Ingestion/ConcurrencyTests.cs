using GenGateway.Profiles.Tests.Support;
using GenGateway.Storage;

namespace GenGateway.Profiles.Tests.Ingestion;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Concurrent_batches_with_overlapping_ids_store_each_event_once()
    {
        await using var host = TestHost.Create();
        var events = Support.Events.Casual("e", 20);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => host.IngestAsync("u1", events.Skip(i % 4 * 5).Take(10).ToArray()))));

        Assert.Equal(20, results.Sum(r => r.Accepted));
        Assert.Equal(50, results.Sum(r => r.Duplicates));
        Assert.Equal(20, await host.Store.CountAsync(new VectorFilter("default", "u1")));
        Assert.Equal(20, (await host.Profiles.GetAsync("default", "u1")).Version);
    }
}
