using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Tests.Support;
using GenGateway.Storage;

namespace GenGateway.Profiles.Tests.Ingestion;

public sealed class EventIngestorTests
{
    [Fact]
    public async Task Replaying_a_batch_counts_duplicates_and_changes_nothing()
    {
        await using var host = TestHost.Create();
        var batch = Support.Events.Casual("e", 4);

        var first = await host.IngestAsync("u1", batch);
        var profileBefore = await host.Profiles.GetAsync("default", "u1");
        var replay = await host.IngestAsync("u1", batch);

        Assert.Equal((4, 0, 0), (first.Accepted, first.Duplicates, first.Rejected));
        Assert.Equal((0, 4, 0), (replay.Accepted, replay.Duplicates, replay.Rejected));
        Assert.Equal(4, await host.Store.CountAsync(new VectorFilter("default", "u1")));
        var profileAfter = await host.Profiles.GetAsync("default", "u1");
        Assert.Equal(profileBefore.Version, profileAfter.Version);
        Assert.Equal(profileBefore.UpdatedAt, profileAfter.UpdatedAt);
    }

    [Fact]
    public async Task An_id_repeated_within_a_batch_is_stored_once()
    {
        await using var host = TestHost.Create();

        var result = await host.IngestAsync("u1", Support.Events.Sent("same", "first"), Support.Events.Sent("same", "second"));

        Assert.Equal((1, 1), (result.Accepted, result.Duplicates));
        var stored = await host.Store.ScrollAsync(new VectorFilter("default", "u1")).ToListAsync();
        Assert.Equal("first", Assert.Single(stored).Payload["text"]);
    }

    [Fact]
    public async Task Invalid_events_are_rejected_by_path_and_the_rest_accepted()
    {
        await using var host = TestHost.Create();

        var result = await host.IngestAsync("u1", Support.Events.Sent("ok", "hello"), Support.Events.Of("liked", "bad", "x"), Support.Events.Sent("", "no id"));

        Assert.Equal((1, 0, 2), (result.Accepted, result.Duplicates, result.Rejected));
        Assert.Equal(["events[1].type", "events[2].id"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Personal_data_is_redacted_before_it_is_embedded_or_stored()
    {
        await using var host = TestHost.Create();

        await host.IngestAsync("u1", Support.Events.Sent("p1",
            "Mail me at ann.lee@example.com or call +44 20 7946 0958. Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00.",
            subject: "From ann.lee@example.com"));

        var point = Assert.Single(await host.Store.ScrollAsync(new VectorFilter("default", "u1")).ToListAsync());
        Assert.Equal("Mail me at [EMAIL] or call [PHONE]. Card [CARD], IBAN [IBAN].", point.Payload["text"]);
        Assert.Equal("From [EMAIL]", point.Payload["subject"]);
        var redactedVector = await host.Services.GetRequiredService<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>()
            .GenerateVectorAsync("From [EMAIL]\nMail me at [EMAIL] or call [PHONE]. Card [CARD], IBAN [IBAN].");
        Assert.Equal(redactedVector.ToArray(), point.Vector.ToArray());
    }

    [Fact]
    public async Task Metadata_is_stored_as_redacted_strings()
    {
        await using var host = TestHost.Create();
        var item = Support.Events.Sent("m1", "hello") with
        {
            Metadata = new()
            {
                ["replyTo"] = System.Text.Json.JsonDocument.Parse("\"bob@example.org\"").RootElement,
                ["score"] = System.Text.Json.JsonDocument.Parse("3.5").RootElement,
            },
        };

        await host.IngestAsync("u1", item);

        var export = await host.Data.ExportAsync("default", "u1");
        var metadata = Assert.Single(export.Events).Metadata;
        Assert.Equal("[EMAIL]", metadata["replyTo"]);
        Assert.Equal("3.5", metadata["score"]);
    }

    [Fact]
    public async Task Every_record_carries_its_tenant_and_tenants_do_not_see_each_other()
    {
        await using var host = TestHost.Create();

        await host.IngestAsync("acme", "u1", Support.Events.Sent("e1", "acme text"));
        var other = await host.IngestAsync("globex", "u1", Support.Events.Sent("e1", "globex text"));

        Assert.Equal(1, other.Accepted);
        var acme = Assert.Single(await host.Store.ScrollAsync(new VectorFilter("acme", "u1")).ToListAsync());
        Assert.Equal(("acme", "acme text"), (acme.Tenant, acme.Payload["text"]));
        Assert.Equal(1, (await host.Profiles.GetAsync("globex", "u1")).Version);
    }

    [Fact]
    public async Task Every_accepted_event_moves_the_profile_version()
    {
        await using var host = TestHost.Create();

        var first = await host.IngestAsync("u1", Support.Events.Casual("a", 2));
        var second = await host.IngestAsync("u1", Support.Events.Casual("b", 3));

        Assert.Equal(2, first.ProfileVersion);
        Assert.Equal(5, second.ProfileVersion);
    }
}
