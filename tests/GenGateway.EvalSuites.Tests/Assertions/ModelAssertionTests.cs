using System.Text.Json.Nodes;
using GenGateway.Core.Requests;
using GenGateway.EvalSuites.Assertions;
using GenGateway.EvalSuites.Tests.Support;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Grounding;
using GenGateway.Evaluation.Tone;

namespace GenGateway.EvalSuites.Tests.Assertions;

public sealed class ModelAssertionTests
{
    [Theory]
    [InlineData("winter coats on sale", "winter coats on sale now", null, true)]
    [InlineData("winter coats on sale", "garden tools for spring", null, false)]
    [InlineData("winter coats on sale", "coats for winter", 0.5, true)]
    [InlineData("winter coats on sale", "coats for winter", 0.9, false)]
    public async Task Similar_compares_embeddings_with_the_threshold(string reference, string candidate, double? threshold, bool expected)
    {
        var embedder = new WordEmbedder();
        var spec = Specs.Of("similar", JsonValue.Create(reference), threshold);

        var result = await Specs.EvaluateAsync(spec, Specs.Input(Responses.With(candidate), new AssertionServices { Embedder = embedder }));

        Assert.True(expected == result.Passed, result.Reason);
        Assert.Equal(1, embedder.Calls);
    }

    [Fact]
    public async Task Not_similar_passes_for_unrelated_text()
    {
        var spec = Specs.Of("not-similar", JsonValue.Create("winter coats"));

        var result = await Specs.EvaluateAsync(spec, Specs.Input(Responses.With("garden tools"), new AssertionServices { Embedder = new WordEmbedder() }));

        Assert.True(result.Passed, result.Reason);
    }

    [Theory]
    [InlineData("20% off winter coats, ends Sunday", true)]
    [InlineData("50% off winter coats, ends Friday", false)]
    public async Task Grounded_uses_the_gateway_grounding_evaluator_on_the_request_brief(string candidate, bool expected)
    {
        var services = new AssertionServices { Evaluators = new Dictionary<string, ICandidateEvaluator> { [EvaluatorNames.Grounding] = new GroundingEvaluator() } };

        var result = await Specs.EvaluateAsync(Specs.Of("grounded"), Specs.Input(Responses.With(candidate), services));

        Assert.True(expected == result.Passed, result.Reason);
        if (!expected)
        {
            Assert.Contains("not supported by the grounding", result.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, 0.6, false)]
    [InlineData(0.5, 0.6, true)]
    public async Task Evaluator_thresholds_come_from_the_assertion_or_the_evaluator_default(double? threshold, double score, bool expected)
    {
        var policy = new FixedEvaluator(EvaluatorNames.Policy, _ => score);
        var services = new AssertionServices { Evaluators = new Dictionary<string, ICandidateEvaluator> { [EvaluatorNames.Policy] = policy } };

        var result = await Specs.EvaluateAsync(Specs.Of("policy", JsonNode.Parse("{\"bannedPhrases\": [\"cheap\"], \"maxEmoji\": 0}"), threshold), Specs.Input(Responses.With("x"), services));

        Assert.Equal(expected, result.Passed);
        Assert.Equal(score, result.Score, 3);
        var context = Assert.Single(policy.Contexts);
        Assert.Equal(["cheap"], context.Policy.BannedPhrases);
        Assert.Equal(0, context.Policy.MaxEmoji);
    }

    [Fact]
    public async Task Tone_passes_the_requested_tone_and_thread_grounding_to_the_evaluator()
    {
        var tone = new FixedEvaluator(EvaluatorNames.Tone, _ => 1);
        var services = new AssertionServices { Evaluators = new Dictionary<string, ICandidateEvaluator> { [EvaluatorNames.Tone] = tone } };
        var request = new SmartReplyRequest { Tone = "casual", Thread = [new ThreadMessage { From = "a@example.com", Text = "Lunch Friday?" }] };

        var result = await Specs.EvaluateAsync(Specs.Of("tone", JsonValue.Create("formal")), Specs.Input(Responses.With("Certainly."), services, request: request));

        Assert.True(result.Passed);
        var context = Assert.Single(tone.Contexts);
        Assert.Equal((ToneKind.Formal, Evaluation.TaskKind.SmartReply), (context.RequestedTone, context.Task));
        Assert.Equal(["a@example.com", "Lunch Friday?"], context.Grounding.Select(g => g.Text));
    }

    [Theory]
    [InlineData("{\"pass\": true, \"score\": 0.9, \"reason\": \"kind\"}", null, true)]
    [InlineData("```json\n{\"pass\": true, \"score\": 0.6, \"reason\": \"ok\"}\n```", 0.8, false)]
    [InlineData("{\"pass\": false, \"score\": 0.2, \"reason\": \"rude\"}", null, false)]
    [InlineData("I think it is fine", null, false)]
    public async Task Llm_rubric_asks_the_judge_and_reads_its_verdict(string verdict, double? threshold, bool expected)
    {
        var judge = new ScriptedChatClient(_ => verdict);

        var result = await Specs.EvaluateAsync(Specs.Of("llm-rubric", JsonValue.Create("Is it polite?"), threshold), Specs.Input(Responses.With("Thanks so much!"), new AssertionServices { Judge = judge }));

        Assert.True(expected == result.Passed, result.Reason);
        Assert.Contains("Rubric:\nIs it polite?", judge.Asked[0], StringComparison.Ordinal);
        Assert.Contains("Thanks so much!", judge.Asked[0], StringComparison.Ordinal);
    }
}
