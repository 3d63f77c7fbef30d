using GenGateway.Core.Feedback;
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

        Assert.Equal(3, erased.Events);
        Assert.Equal(1, erased.FeedbackRecords);
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
}
