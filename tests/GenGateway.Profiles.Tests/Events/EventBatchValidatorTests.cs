using System.Text.Json;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenGateway.Profiles.Tests.Events;

public sealed class EventBatchValidatorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    private static EventBatchValidator Validator(int maxBatch = 5, int maxText = 50) =>
        new(Options.Create(new ProfileOptions { MaxBatchSize = maxBatch, MaxTextLength = maxText, MaxMetadataEntries = 2 }), Clock);

    [Fact]
    public void Batch_over_the_size_limit_names_the_limit_and_its_setting()
    {
        var batch = new EventBatch { Events = Enumerable.Range(0, 6).Select(i => Support.Events.Sent($"e{i}", "hi")).ToList() };

        var error = Assert.Single(Validator().ValidateBatch("u1", batch));

        Assert.Equal("events", error.Field);
        Assert.Contains("at most 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxBatchSize", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Missing_or_empty_events_is_a_batch_error(int? count)
    {
        var batch = new EventBatch { Events = count is null ? null : [] };

        Assert.Equal("events", Assert.Single(Validator().ValidateBatch("u1", batch)).Field);
    }

    [Fact]
    public void Control_characters_in_the_user_id_are_refused() =>
        Assert.Equal("userId", Assert.Single(Validator().ValidateBatch("u\u0001", new EventBatch { Events = [Support.Events.Sent("e", "hi")] })).Field);

    [Fact]
    public void Each_problem_is_reported_at_the_events_path()
    {
        var item = new UserEvent { Type = "message_sniffed", Text = new string('x', 51), Metadata = new() { ["nested"] = JsonDocument.Parse("{}").RootElement } };

        var fields = Validator().ValidateEvent(item, 3).Select(e => e.Field).ToList();

        Assert.Equal(["events[3].id", "events[3].type", "events[3].occurredAt", "events[3].text", "events[3].metadata.nested"], fields);
    }

    [Fact]
    public void Unknown_type_lists_the_known_ones()
    {
        var error = Assert.Single(Validator().ValidateEvent(Support.Events.Of("liked", "e1", "x"), 0));

        Assert.Equal("events[0].type", error.Field);
        Assert.Contains("message_sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Future_and_content_free_events_are_refused()
    {
        var future = Support.Events.Sent("e1", "hello") with { OccurredAt = Clock.GetUtcNow().AddDays(3) };
        var empty = Support.Events.Sent("e2", " ");

        Assert.Equal("events[0].occurredAt", Assert.Single(Validator().ValidateEvent(future, 0)).Field);
        Assert.Equal("events[1].text", Assert.Single(Validator().ValidateEvent(empty, 1)).Field);
    }

    [Fact]
    public void A_well_formed_event_passes() =>
        Assert.Empty(Validator().ValidateEvent(Support.Events.Sent("e1", "hello there") with { Metadata = new() { ["channel"] = JsonDocument.Parse("\"mobile\"").RootElement } }, 0));
}
