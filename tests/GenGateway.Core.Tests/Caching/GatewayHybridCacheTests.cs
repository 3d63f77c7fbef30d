using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Time.Testing;

namespace GenGateway.Core.Caching;

public sealed class GatewayHybridCacheTests
{
    [Fact]
    public async Task Concurrent_misses_of_one_key_run_the_factory_once()
    {
        var cache = new GatewayHybridCache(TimeProvider.System);
        var calls = 0;
        var gate = new TaskCompletionSource();

        var readers = Enumerable.Range(0, 8).Select(_ => cache.GetOrCreateAsync("k", async token =>
        {
            Interlocked.Increment(ref calls);
            await gate.Task;
            return "value";
        }).AsTask()).ToList();
        await Task.Delay(50);
        gate.SetResult();

        Assert.All(await Task.WhenAll(readers), v => Assert.Equal("value", v));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Entries_expire_on_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        var cache = new GatewayHybridCache(time);
        var options = new HybridCacheEntryOptions { Expiration = TimeSpan.FromMinutes(1) };
        var calls = 0;
        ValueTask<int> Factory(CancellationToken _) => ValueTask.FromResult(++calls);

        await cache.GetOrCreateAsync("k", Factory, options);
        await cache.GetOrCreateAsync("k", Factory, options);
        time.Advance(TimeSpan.FromMinutes(2));
        await cache.GetOrCreateAsync("k", Factory, options);

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Remove_by_tag_drops_only_the_tagged_entries()
    {
        var cache = new GatewayHybridCache(TimeProvider.System);
        await cache.SetAsync("a", 1, tags: ["user:alice"]);
        await cache.SetAsync("b", 2, tags: ["user:bob"]);

        await cache.RemoveByTagAsync("user:alice");

        var a = await cache.GetOrCreateAsync("a", _ => ValueTask.FromResult(-1));
        var b = await cache.GetOrCreateAsync("b", _ => ValueTask.FromResult(-1));
        Assert.Equal(-1, a);
        Assert.Equal(2, b);
    }

    [Fact]
    public async Task Failed_factory_is_not_cached()
    {
        var cache = new GatewayHybridCache(TimeProvider.System);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrCreateAsync<int>("k", _ => throw new InvalidOperationException()).AsTask());
        var value = await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(7));

        Assert.Equal(7, value);
    }

    [Fact]
    public async Task Memory_stays_bounded_by_max_entries()
    {
        var cache = new GatewayHybridCache(TimeProvider.System, maxEntries: 100);

        for (var i = 0; i < 1000; i++)
        {
            await cache.SetAsync($"k{i}", i);
        }

        Assert.InRange(cache.Count, 1, 100);
    }
}
