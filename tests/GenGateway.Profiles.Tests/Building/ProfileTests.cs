using System.Text.Json;
using GenGateway.Core.Personalization;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Tests.Support;

namespace GenGateway.Profiles.Tests.Building;

public sealed class ProfileTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_user_without_events_is_a_cold_start()
    {
        await using var host = TestHost.Create();

        var profile = await host.Profiles.GetAsync("default", "nobody");

        Assert.True(profile.ColdStart);
        Assert.Equal(0, profile.Version);
        Assert.Null(profile.Traits.Formality);
    }

    [Fact]
    public async Task Casual_messages_give_casual_traits_with_their_evidence()
    {
        await using var host = TestHost.Create();
        await host.IngestAsync("u1", Support.Events.Casual("c", 5));

        var profile = await host.Profiles.GetAsync("default", "u1");

        Assert.False(profile.ColdStart);
        Assert.Equal(TraitNames.Casual, profile.Traits.Formality);
        Assert.Equal(1.0, profile.Traits.EmojiRate);
        Assert.Equal("Hey", profile.Traits.Greeting);
        Assert.Equal("Cheers", profile.Traits.SignOff);
        Assert.Equal(12, profile.Traits.TypicalLengthWords);
        Assert.Equal(5, profile.Evidence[TraitNames.Formality]);
        Assert.Equal(0, profile.Evidence[TraitNames.Interests]);
    }

    [Fact]
    public async Task Recent_messages_outweigh_old_ones()
    {
        await using var host = TestHost.Create(new Dictionary<string, string?> { ["GenGateway:Profiles:HalfLifeDays"] = "30" });
        var oldFormal = Support.Events.Formal("f", 6).Select(e => e with { OccurredAt = Support.Events.Start.AddDays(-365) }).ToArray();
        var recentCasual = Support.Events.Casual("c", 3);

        await host.IngestAsync("u1", recentCasual);
        await host.IngestAsync("u1", oldFormal);

        var profile = await host.Profiles.GetAsync("default", "u1");
        Assert.Equal(TraitNames.Casual, profile.Traits.Formality);
        Assert.Equal(9, profile.Evidence[TraitNames.Formality]);
    }

    [Fact]
    public async Task Engaged_content_becomes_readable_interests_and_rejections_pull_away()
    {
        await using var host = TestHost.Create();
        await host.IngestAsync("u1",
            Support.Events.Of(EventTypes.EmailClicked, "k1", "New trail running shoes for mountain trails", subject: "Trail running season"),
            Support.Events.Of(EventTypes.EmailOpened, "k2", "Our guide to trail running in the mountains"),
            Support.Events.Of(EventTypes.SuggestionRejected, "k3", "Golf clubs on sale"),
            Support.Events.Of(EventTypes.SuggestionAccepted, "k4", "Golf lessons"));

        var profile = await host.Profiles.GetAsync("default", "u1");

        Assert.Equal(["running", "trail"], profile.Traits.Interests.Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("clubs", profile.Traits.Interests);
        Assert.Equal(4, profile.Evidence[TraitNames.Interests]);
    }

    [Fact]
    public async Task The_readable_profile_never_holds_vectors()
    {
        await using var host = TestHost.Create();
        await host.IngestAsync("u1", Support.Events.Casual("c", 2));
        await host.IngestAsync("u1", Support.Events.Of(EventTypes.EmailClicked, "k1", "Trail running shoes"));

        var json = JsonSerializer.Serialize(await host.Profiles.GetAsync("default", "u1"), Web);

        using var document = JsonDocument.Parse(json);
        Assert.DoesNotContain("vector", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Descendants(document.RootElement), e => e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 10);
    }

    [Fact]
    public async Task A_lost_profile_file_is_rebuilt_from_the_store_with_the_same_result()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-profiles").FullName;
        GenGateway.Profiles.Building.UserProfile before;
        await using (var host = TestHost.Create(dataDirectory: data))
        {
            await host.IngestAsync("u1", Support.Events.Formal("f", 3));
            await host.IngestAsync("u1", Support.Events.Casual("c", 2));
            before = await host.Profiles.GetAsync("default", "u1");
        }

        foreach (var file in Directory.GetFiles(Path.Combine(data, "profiles"), "*.profile.json", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        await using (var restarted = TestHost.Create(dataDirectory: data))
        {
            var after = await restarted.Profiles.GetAsync("default", "u1");
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(before.Traits, after.Traits with { Interests = before.Traits.Interests });
            Assert.True(File.Exists(Path.Combine(data, "profiles", "default", "u1.profile.json")));
        }
    }

    [Fact]
    public async Task A_profile_file_behind_the_store_is_caught_up_on_first_read()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-profiles").FullName;
        var path = Path.Combine(data, "profiles", "default", "u1.profile.json");
        await using (var host = TestHost.Create(dataDirectory: data))
        {
            await host.IngestAsync("u1", Support.Events.Casual("c", 2));
            var stale = await File.ReadAllBytesAsync(path);
            await host.IngestAsync("u1", Support.Events.Casual("d", 2));

            // As if the process died after the store write and before the profile write.
            await File.WriteAllBytesAsync(path, stale);
        }

        await using var restarted = TestHost.Create(dataDirectory: data);
        Assert.Equal(4, (await restarted.Profiles.GetAsync("default", "u1")).Version);
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
