using System.Text.Json.Nodes;
using GenGateway.Cli.Commands;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Cli;

/// <summary>The CLI scores <c>tone</c>, <c>policy</c> and <c>similar</c> with the gateway's real evaluators and embedder.</summary>
public sealed class EvalServicesTests
{
    [Theory]
    [InlineData("Winter coats: 20% off until Sunday", true)]
    [InlineData("Act now for cheap winter coats", false)]
    public async Task Policy_uses_the_gateway_policy_evaluator_with_the_suite_banned_phrases(string candidate, bool expected)
    {
        var spec = Specs.Of("policy", new JsonObject { ["bannedPhrases"] = new JsonArray("cheap") });

        var result = await Specs.EvaluateAsync(spec, Specs.Input(Responses.With(candidate), EvalServices.Create()));

        Assert.True(expected == result.Passed, result.Reason);
    }

    [Theory]
    [InlineData("Winter coats, 20% off this week", "20% off winter coats this week", true)]
    [InlineData("Garden tools for spring planting", "20% off winter coats this week", false)]
    public async Task Similar_uses_the_offline_hashing_embedder(string candidate, string reference, bool expected)
    {
        var spec = Specs.Of("similar", JsonValue.Create(reference), threshold: 0.5);

        var result = await Specs.EvaluateAsync(spec, Specs.Input(Responses.With(candidate), EvalServices.Create()));

        Assert.True(expected == result.Passed, result.Reason);
    }

    [Fact]
    public async Task Tone_uses_the_gateway_tone_evaluator()
    {
        var services = EvalServices.Create();
        var formal = Specs.Of("tone", JsonValue.Create("formal"));

        var polite = await Specs.EvaluateAsync(formal, Specs.Input(Responses.With("We would be pleased to confirm your reservation for Thursday."), services));
        var rude = await Specs.EvaluateAsync(formal, Specs.Input(Responses.With("lol whatever dude!!! 😂😂"), services));

        Assert.True(polite.Score > rude.Score, $"{polite.Reason} / {rude.Reason}");
        Assert.False(rude.Passed, rude.Reason);
    }
}
