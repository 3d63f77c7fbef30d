using GenGateway.Core.Feedback;
using GenGateway.Profiles.Privacy;
using GenGateway.Profiles.Tests.Support;
using GenGateway.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Profiles.Tests.Privacy;

public sealed class UserDataServiceTests
{
    [Fact]
    public async Task Export_holds_the_redacted_events_profile_and_consent()
    {
        await using var host = TestHost.Create();
        await host.IngestAsync("u1", Support.Events.Sent("e1", "Reach me on 555-867-5309 please", 1), Support.Events.Sent("e0", "Earlier one", 0));
        await host.Consents.SetAsync("default", "u1", personalization: false);

        var export = await host.Data.ExportAsync("default", "u1");

        Assert.Equal(["e0", "e1"], export.Events.Select(e => e.Id));
        Assert.Equal("Reach me on [PHONE] please", export.Events[1].Text);
        Assert.Equal(2, export.Profile.Version);
        Assert.False(export.Consent.Personalization);
    }

    [Fact]
    public async Task Erase_removes_events_profile_consent_ledger_and_feedback_so_a_following_export_is_empty()
    {
        await using var host = TestHost.Create();
        await host.IngestAsync("u1", Support.Events.Casual("c", 3));
        await host.IngestAsync("u2", Support.Events.Casual("c", 2));
        await host.Consents.SetAsync("default", "u1", personalization: false);
        var ledger = host.Services.GetRequiredService<GenerationLedger>();
        ledger.Add("req-1", new GenerationRecord("default", "u1", "smart-replies", "v1", "rules", ["Sure!"]));
        var feedback = host.Services.GetRequiredService<FeedbackService>();
        await feedback.RecordAsync("default", new FeedbackRequest { RequestId = "req-1", CandidateIndex = 0, Outcome = "accepted" });

        var erased = await host.Data.EraseAsync("default", "u1");

        Assert.Equal((3L, 1, true, true, 1), (erased.Events, erased.FeedbackRecords, erased.Profile, erased.Consent, erased.LedgerEntries));
        var export = await host.Data.ExportAsync("default", "u1");
        Assert.Empty(export.Events);
        Assert.True(export.Profile.ColdStart);
        Assert.Equal(0, export.Profile.Version);
        Assert.True(export.Consent.Personalization);
        Assert.Null(export.Consent.UpdatedAt);
        Assert.Null(ledger.Find("default", "req-1"));
        Assert.Empty(Directory.GetFiles(Path.Combine(host.DataDirectory, "profiles", "default"), "u1.*"));
        Assert.Equal(2, await host.Store.CountAsync(new VectorFilter("default", "u2")));
    }

    [Fact]
    public async Task Events_sent_after_an_erase_start_a_fresh_profile()
    {
        await using var host = TestHost.Create();
        await host.IngestAsync("u1", Support.Events.Casual("c", 3));
        await host.Data.EraseAsync("default", "u1");

        var again = await host.IngestAsync("u1", Support.Events.Casual("c", 1));

        Assert.Equal((1, 0), (again.Accepted, again.Duplicates));
        Assert.Equal(1, (await host.Profiles.GetAsync("default", "u1")).Version);
    }

    [Fact]
    public async Task Export_holds_every_feedback_record_of_the_user_and_ids_as_sent_next_to_their_stored_hash()
    {
        await using var host = TestHost.Create();
        await host.IngestAsync("u1", Support.Events.Sent("ann@example.com", "hello", 0), Support.Events.Sent("e2", "again", 1));
        var ledger = host.Services.GetRequiredService<GenerationLedger>();
        ledger.Add("req-1", new GenerationRecord("default", "u1", "smart-replies", "v1", "rules", ["Sure!"]));
        ledger.Add("req-2", new GenerationRecord("default", "u2", "smart-replies", "v1", "rules", ["Nope"]));
        var feedback = host.Services.GetRequiredService<FeedbackService>();
        await feedback.RecordAsync("default", new FeedbackRequest { RequestId = "req-1", CandidateIndex = 0, Outcome = "edited", EditedText = "Sure, mail me at ann@example.com" });
        await feedback.RecordAsync("default", new FeedbackRequest { RequestId = "req-2", CandidateIndex = 0, Outcome = "rejected" });

        var export = await host.Data.ExportAsync("default", "u1");

        var record = Assert.Single(export.Feedback);
        Assert.Equal(("edited", "Sure, mail me at [EMAIL]", "smart-replies", "v1", "rules"), (record.Outcome, record.EditedText, record.Task, record.PromptVersion, record.Model));
        Assert.Equal(["[EMAIL]", "e2"], export.Events.Select(e => e.Id));
        Assert.All(export.Events, e => Assert.StartsWith("h1_", e.StoredId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Event_ids_are_stored_as_keyed_hashes_and_a_replay_is_still_a_duplicate_after_a_restart()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-ids").FullName;
        await using (var host = TestHost.Create(dataDirectory: data))
        {
            await host.IngestAsync("u1", Support.Events.Sent("ann@example.com", "hello"));
            var stored = await host.Store.ScrollAsync(new VectorFilter("default", "u1")).SingleAsync();
            Assert.DoesNotContain("ann", stored.Id, StringComparison.Ordinal);
        }

        await using var restarted = TestHost.Create(dataDirectory: data);
        var again = await restarted.IngestAsync("u1", Support.Events.Sent("ann@example.com", "hello"));
        Assert.Equal((0, 1), (again.Accepted, again.Duplicates));
    }

    [Fact]
    public async Task Metadata_keys_and_values_and_subjects_are_redacted_before_storage()
    {
        await using var host = TestHost.Create();
        var item = Support.Events.Sent("e1", "body", subject: "Invoice for ann@example.com");
        item = item with { Metadata = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["ann@example.com"] = System.Text.Json.JsonDocument.Parse("\"call 020 7946 0958\"").RootElement,
            ["ip"] = System.Text.Json.JsonDocument.Parse("\"203.0.113.45\"").RootElement,
        } };
        await host.IngestAsync("u1", item);

        var exported = Assert.Single((await host.Data.ExportAsync("default", "u1")).Events);

        Assert.Equal("Invoice for [EMAIL]", exported.Subject);
        Assert.Equal("call [PHONE]", exported.Metadata["[EMAIL]"]);
        Assert.Equal("[IP]", exported.Metadata["ip"]);
    }

    [Fact]
    public async Task An_erase_a_crash_cut_short_is_finished_at_the_next_start_from_its_journal()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-journal").FullName;
        await using (var host = TestHost.Create(dataDirectory: data))
        {
            await host.IngestAsync("u1", Support.Events.Casual("c", 3));
            await host.IngestAsync("u2", Support.Events.Casual("c", 2));
            await host.Consents.SetAsync("default", "u1", personalization: false);

            // The crash: the journal entry is on disk and only the events were deleted when the process died.
            await host.Services.GetRequiredService<ErasureJournal>().BeginAsync("default", "u1", CancellationToken.None);
            await host.Store.DeleteAsync(new VectorFilter("default", "u1"));
        }

        await using var restarted = TestHost.Create(dataDirectory: data);
        Assert.Equal(1, await restarted.Data.FinishPendingErasuresAsync());

        Assert.Empty(Directory.GetFiles(Path.Combine(data, "profiles", "default"), "u1.*"));
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "privacy", "erasures")));
        Assert.True((await restarted.Consents.GetAsync("default", "u1")).Personalization);
        Assert.Equal(2, await restarted.Store.CountAsync(new VectorFilter("default", "u2")));
        Assert.Equal(0, await restarted.Data.FinishPendingErasuresAsync());
    }
}
