using GenGateway.Core.Personalization;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Tests.Support;

namespace GenGateway.Profiles.Tests.Personalization;

public sealed class PersonalizationSourceTests
{
    [Fact]
    public async Task No_history_is_a_cold_start_that_still_records_the_consent()
    {
        await using var host = TestHost.Create();

        var context = await host.Personalization.GetAsync("default", "new-user", "Can we meet on Thursday?");

        // The consent state is part of the answer cache key, so even a cold start carries it.
        Assert.Equal(PersonalizationContext.ColdStart with { PersonalizationConsent = true }, context);
    }

    [Fact]
    public async Task Traits_and_the_most_similar_own_sent_messages_are_given()
    {
        await using var host = TestHost.Create(new Dictionary<string, string?> { ["GenGateway:Profiles:ExampleCount"] = "2" });
        await host.IngestAsync("u1",
            Support.Events.Sent("s1", "Thursday at 3pm works for me, see you then!", 0),
            Support.Events.Sent("s2", "I'll bring the quarterly budget numbers to the review.", 1),
            Support.Events.Sent("s3", "Can we move the call to Friday morning instead?", 2),
            Support.Events.Of(EventTypes.MessageReceived, "r1", "Can we meet on Thursday at 3pm?", 3));

        var context = await host.Personalization.GetAsync("default", "u1", "Can we meet on Thursday at 3pm?");

        Assert.False(context.IsColdStart);
        Assert.Equal(4, context.ProfileVersion);
        Assert.Equal(2, context.Examples.Count);
        Assert.Equal("Thursday at 3pm works for me, see you then!", context.Examples[0]);
        Assert.DoesNotContain("Can we meet on Thursday at 3pm?", context.Examples);
        Assert.Contains(TraitNames.Formality, context.Traits.Keys);
        Assert.StartsWith("about ", context.Traits[TraitNames.Length], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Are you free to eat together midday?", "Let's grab lunch at noon tomorrow.")]
    [InlineData("Announce upkeep downtime of our service", "Heads up: the site will be offline tonight for scheduled maintenance.")]
    [InlineData("How much does the subscription cost?", "Our monthly plan is twelve dollars, billed each month.")]
    public async Task Examples_are_chosen_by_meaning_even_when_they_share_no_word_with_the_request(string request, string expected)
    {
        // The request is the incoming message (smart reply) or the brief (copy); the expected example shares no word with it.
        await using var host = TestHost.Create(new Dictionary<string, string?> { ["GenGateway:Profiles:ExampleCount"] = "1" },
            embedder: GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        await host.IngestAsync("u1",
            Support.Events.Sent("s1", "Let's grab lunch at noon tomorrow.", 0),
            Support.Events.Sent("s2", "Heads up: the site will be offline tonight for scheduled maintenance.", 1),
            Support.Events.Sent("s3", "Our monthly plan is twelve dollars, billed each month.", 2),
            Support.Events.Sent("s4", "Are you free for a call about the review?", 3),
            Support.Events.Sent("s5", "The service desk will eat the cost of the free upgrade.", 4));

        var context = await host.Personalization.GetAsync("default", "u1", request);

        Assert.Equal(expected, Assert.Single(context.Examples));
    }

    [Fact]
    public async Task A_smart_reply_looks_up_examples_by_the_incoming_message_and_copy_by_its_brief()
    {
        // What the pipeline asks with is the task's query text: the message being answered (not the earlier turns), or the
        // brief. Neither shares a word with the example it should find; the earlier turn would pull toward another one.
        await using var host = TestHost.Create(new Dictionary<string, string?> { ["GenGateway:Profiles:ExampleCount"] = "1" },
            embedder: GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        await host.IngestAsync("u1",
            Support.Events.Sent("s1", "Let's grab lunch at noon tomorrow.", 0),
            Support.Events.Sent("s2", "Heads up: the site will be offline tonight for scheduled maintenance.", 1),
            Support.Events.Sent("s3", "Our monthly plan is twelve dollars, billed each month.", 2),
            Support.Events.Sent("s4", "The service desk will eat the cost of the free upgrade.", 3));
        var replies = new GenGateway.Core.Tasks.SmartReplyTask(new GenGateway.Core.Tasks.Replies.ReplySelector(
            GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared, GenGateway.Evaluation.Relevance.ReplyRelevanceModel.BuiltIn));
        var reply = new GenGateway.Core.Requests.SmartReplyRequest
        {
            Thread = [new() { Text = "How much does the subscription cost?" }, new() { Text = "Are you free to eat together midday?" }],
        };
        var copy = new GenGateway.Core.Requests.SubjectLineRequest
        {
            Brief = new() { Campaign = "Announce upkeep downtime", Product = "our web shop" },
        };

        var forReply = await host.Personalization.GetAsync("default", "u1", replies.QueryText(reply));
        var forCopy = await host.Personalization.GetAsync("default", "u1", new GenGateway.Core.Tasks.SubjectLineTask().QueryText(copy));

        Assert.Equal("Let's grab lunch at noon tomorrow.", Assert.Single(forReply.Examples));
        Assert.Equal("Heads up: the site will be offline tonight for scheduled maintenance.", Assert.Single(forCopy.Examples));
    }

    [Fact]
    public async Task Traits_with_too_little_evidence_are_left_out()
    {
        await using var host = TestHost.Create(new Dictionary<string, string?> { ["GenGateway:Profiles:MinEvidence"] = "3" });
        await host.IngestAsync("u1", Support.Events.Casual("c", 2));

        var context = await host.Personalization.GetAsync("default", "u1", "hello");

        Assert.False(context.IsColdStart);
        Assert.Empty(context.Traits);
        Assert.NotEmpty(context.Examples);
    }

    [Fact]
    public async Task Consent_off_gives_a_cold_start_without_reading_the_store()
    {
        var store = new InMemoryVectorStore();
        await using var host = TestHost.Create(store: store);
        await host.IngestAsync("u1", Support.Events.Casual("c", 3));
        await host.Consents.SetAsync("default", "u1", personalization: false);
        store.Fail = true;

        var context = await host.Personalization.GetAsync("default", "u1", "hello");

        Assert.Same(PersonalizationContext.ColdStart, context);
    }

    [Fact]
    public async Task An_unavailable_store_degrades_to_generic_output()
    {
        var store = new InMemoryVectorStore();
        await using var host = TestHost.Create(store: store);
        await host.IngestAsync("u1", Support.Events.Casual("c", 3));
        store.Fail = true;

        var context = await host.Personalization.GetAsync("default", "u1", "hello");

        Assert.True(context.IsColdStart);
    }

    [Fact]
    public async Task Long_examples_are_cut_at_a_word()
    {
        await using var host = TestHost.Create(new Dictionary<string, string?> { ["GenGateway:Profiles:MaxExampleLength"] = "40" });
        await host.IngestAsync("u1", Support.Events.Sent("s1", "Thanks for the update on the project timeline, I will review it tomorrow morning."));

        var example = Assert.Single((await host.Personalization.GetAsync("default", "u1", "project timeline")).Examples);

        Assert.True(example.Length <= 41, example);
        Assert.EndsWith("…", example, StringComparison.Ordinal);
    }
}
