using GenGateway.Core.Feedback;

namespace GenGateway.Core.Feedback;

public sealed class FeedbackServiceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feedback-service").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("accepted")]
    [InlineData("rejected")]
    [InlineData("clicked")]
    public async Task An_edited_text_is_refused_unless_the_outcome_is_edited(string outcome)
    {
        using var log = new FeedbackLog(_directory);
        var service = Service(log);

        var (record, errors, _) = await service.RecordAsync("t", new FeedbackRequest { RequestId = "r1", CandidateIndex = 0, Outcome = outcome, EditedText = "my own words" });

        Assert.Null(record);
        Assert.Equal("editedText", Assert.Single(errors).Field);
        Assert.Empty(await log.ReadAllAsync());
    }

    [Fact]
    public async Task The_edited_text_and_the_candidate_are_stored_redacted()
    {
        using var log = new FeedbackLog(_directory);
        var service = Service(log, "Call me on 020 7946 0958");

        var (record, errors, _) = await service.RecordAsync("t", new FeedbackRequest
        {
            RequestId = "r1", CandidateIndex = 0, Outcome = "edited", EditedText = "Card 4111 1111 1111 1111, mail ann@example.com, phone (415)5550132",
        });

        Assert.Empty(errors);
        var stored = Assert.Single(await log.ReadAllAsync());
        Assert.Equal(("Call me on [PHONE]", "Card [CARD], mail [EMAIL], phone [PHONE]"), (stored.CandidateText, stored.EditedText));
        Assert.Equal(stored, record);
        var file = await File.ReadAllTextAsync(log.FilePath);
        Assert.DoesNotContain("4111", file, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.com", file, StringComparison.Ordinal);
    }

    private static FeedbackService Service(FeedbackLog log, string candidate = "Sure!")
    {
        var ledger = new GenerationLedger();
        ledger.Add("r1", new GenerationRecord("t", "u1", "smart-replies", "v1", "rules", [candidate]));
        return new FeedbackService(ledger, log, TimeProvider.System);
    }
}
