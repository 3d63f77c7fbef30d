using GenGateway.Core.Chat;
using GenGateway.Core.Prompts;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;

namespace GenGateway.Core.Generation;

public sealed class GenerationPipelineTests
{
    private static readonly SubjectLineRequest Request = new()
    {
        Count = 2,
        Brief = new Brief { Campaign = "Winter sale", Product = "winter coats", Offer = "20% off" },
    };

    [Fact]
    public async Task Model_candidates_pass_through_the_kernel_and_the_guardrail_filter()
    {
        var model = new RecordingChatClient("[\"Winter coats, 20% off\", \"Winter coats: 50% off today only\", \"Winter sale: coats 20% off\"]");
        using var harness = new PipelineHarness(model);

        var response = await harness.Pipeline.GenerateAsync(Request, new GenerationContext("default", "r1", Explain: true));

        Assert.Equal(GenerationSource.Model, response.Source);
        Assert.Equal(2, response.Candidates.Count(c => c.Decision != CandidateDecisions.Rejected));
        var invented = Assert.Single(response.Candidates, c => c.Text.Contains("50%", StringComparison.Ordinal));
        Assert.Equal(CandidateDecisions.Rejected, invented.Decision);
        Assert.Equal(1, model.Calls);
        Assert.Equal([Microsoft.Extensions.AI.ChatRole.System, Microsoft.Extensions.AI.ChatRole.User], model.Messages.Select(m => m.Role));
        Assert.Equal("fake-model", model.Options!.ModelId);
    }

    [Fact]
    public async Task When_the_request_deadline_passes_the_rules_answer()
    {
        var model = new ScriptedChatClient(ScriptedChatClient.Hang());
        using var harness = new PipelineHarness(new MetadataClient(model), requestTimeoutSeconds: 5);

        var pending = harness.Pipeline.GenerateAsync(Request, new GenerationContext("default", "r2"));
        await WaitForCallAsync(model);
        harness.Time.Advance(TimeSpan.FromSeconds(6));
        var response = await pending;

        Assert.Equal(GenerationSource.Rules, response.Source);
        Assert.NotEmpty(response.Candidates);
    }

    [Fact]
    public async Task When_the_deadline_passes_without_rules_fallback_the_request_fails_as_timed_out()
    {
        var model = new ScriptedChatClient(ScriptedChatClient.Hang());
        using var harness = new PipelineHarness(new MetadataClient(model), rulesFallback: false, requestTimeoutSeconds: 5);

        var pending = harness.Pipeline.GenerateAsync(Request, new GenerationContext("default", "r3"));
        await WaitForCallAsync(model);
        harness.Time.Advance(TimeSpan.FromSeconds(6));
        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => pending);

        Assert.True(failure.TimedOut);
    }

    [Fact]
    public async Task A_programming_error_surfaces_instead_of_falling_back_as_a_provider_failure()
    {
        var model = new ScriptedChatClient(_ => throw new NullReferenceException("bug in a layer"));
        using var harness = new PipelineHarness(new MetadataClient(model));

        await Assert.ThrowsAsync<NullReferenceException>(() => harness.Pipeline.GenerateAsync(Request, new GenerationContext("default", "r4")));
    }

    [Fact]
    public async Task A_provider_failure_falls_back_to_the_rules()
    {
        var model = new ScriptedChatClient(ScriptedChatClient.Fail(ProviderFailureKind.Unavailable));
        using var harness = new PipelineHarness(new MetadataClient(model));

        var response = await harness.Pipeline.GenerateAsync(Request, new GenerationContext("default", "r5"));

        Assert.Equal(GenerationSource.Rules, response.Source);
    }

    private static async Task WaitForCallAsync(ScriptedChatClient model)
    {
        for (var i = 0; i < 500 && model.Calls == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(1, model.Calls);
    }

    // The scripted client answers no metadata; the gateway's Kernel supplies it, this only forwards.
    private sealed class MetadataClient(Microsoft.Extensions.AI.IChatClient inner) : Microsoft.Extensions.AI.DelegatingChatClient(inner);
}
