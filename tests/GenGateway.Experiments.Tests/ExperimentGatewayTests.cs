using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Experiments.Configuration;
using GenGateway.Experiments.Recording;
using GenGateway.Experiments.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.Experiments.Tests;

public sealed class ExperimentGatewayTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FileExperimentStore _store;

    public ExperimentGatewayTests() => _store = new FileExperimentStore(_temp.Path);

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private ExperimentGateway Gateway(ExperimentDefinition definition, bool consent = true) => new(
        new ExperimentCatalog(Definitions.Options(definition), NullLogger<ExperimentCatalog>.Instance), _store, RulesGateway.Pipeline,
        new FixedConsent(consent), TimeProvider.System, NullLogger<ExperimentGateway>.Instance);

    private static SubjectLineRequest Request(string? user) => new()
    {
        UserId = user,
        Count = 2,
        Brief = new Brief { Product = "trail shoes", Offer = "15% off", Facts = ["Offer ends Friday"] },
    };

    private static GenerationContext Context(string id) => new("default", id);

    // Units known to land in each arm for salt s1 with equal weights (found once by hashing; the assigner is deterministic).
    private static string UserIn(string arm, ExperimentDefinition definition) => Enumerable.Range(0, 100).Select(i => $"user-{i}")
        .First(u => Experiments.Assignment.ArmAssigner.Pick("default", "exp", definition.Salt, u,
            definition.Arms.Where(a => a.Value.Status == ExperimentStatuses.Running).Select(a => KeyValuePair.Create(a.Key, a.Value.Weight))) == arm);

    [Fact]
    public async Task The_control_answers_with_no_copy_and_the_variant_with_released_candidates_and_both_say_their_arm()
    {
        var definition = Definitions.TwoArm();
        var gateway = Gateway(definition);

        var control = await gateway.GenerateAsync(Request(UserIn("control", definition)), Context("r1"), null);
        Assert.Empty(control.Candidates);
        Assert.Equal(new("exp", "control", true), control.Experiment);

        var variant = await gateway.GenerateAsync(Request(UserIn("variant", definition)), Context("r2"), null);
        Assert.NotEmpty(variant.Candidates);
        Assert.All(variant.Candidates, c => Assert.NotEqual("rejected", c.Decision));
        Assert.Equal(new("exp", "variant", false), variant.Experiment);

        var exposure = await _store.FindExposureAsync("default", "r2");
        Assert.Equal("variant", exposure!.Arm);
        var logged = await _store.ReadAsync("default", "exp").Select(e => e.Exposure).OfType<ExposureRecord>().SingleAsync(e => e.RequestId == "r2");
        Assert.Equal(variant.Candidates.Count, logged.Candidates.Count(c => c.Decision != "rejected"));
        Assert.All(logged.Candidates, c => Assert.Contains("grounding", c.Scores.Keys));
    }

    [Fact]
    public async Task A_rules_holdout_answers_from_the_rule_path()
    {
        var definition = Definitions.TwoArm(HoldoutModes.Rules);
        var response = await Gateway(definition).GenerateAsync(Request(UserIn("control", definition)), Context("r1"), null);
        Assert.Equal("rules", response.Source);
        Assert.NotEmpty(response.Candidates);
        Assert.True(response.Experiment!.Holdout);
    }

    [Fact]
    public async Task A_user_keeps_their_first_arm_when_weights_change_later()
    {
        var definition = Definitions.TwoArm();
        var user = UserIn("control", definition);
        await Gateway(definition).GenerateAsync(Request(user), Context("r1"), null);

        var reweighted = Definitions.TwoArm(variantWeight: 1000);
        var again = await Gateway(reweighted).GenerateAsync(Request(user), Context("r2"), null);
        Assert.Equal("control", again.Experiment!.Arm);
    }

    [Fact]
    public async Task Stopping_an_arm_rolls_its_users_back_on_the_next_request()
    {
        var definition = Definitions.TwoArm();
        var user = UserIn("variant", definition);
        await Gateway(definition).GenerateAsync(Request(user), Context("r1"), null);

        definition.Arms["variant"].Status = ExperimentStatuses.Stopped;
        var after = await Gateway(definition).GenerateAsync(Request(user), Context("r2"), null);
        Assert.Null(after.Experiment);
        Assert.Null(await _store.FindExposureAsync("default", "r2"));
        var newcomer = await Gateway(definition).GenerateAsync(Request("a-new-user"), Context("r3"), null);
        Assert.Equal("control", newcomer.Experiment!.Arm);
    }

    [Fact]
    public async Task Forced_users_get_their_arm_and_are_marked_forced()
    {
        var definition = Definitions.TwoArm();
        var user = UserIn("control", definition);
        definition.ForcedArms[user] = "variant";
        var response = await Gateway(definition).GenerateAsync(Request(user), Context("r1"), null);
        Assert.Equal("variant", response.Experiment!.Arm);
        Assert.True((await _store.FindExposureAsync("default", "r1"))!.Forced);
    }

    [Fact]
    public async Task Users_who_withdrew_consent_are_not_enrolled_in_an_experiment_that_personalizes()
    {
        var response = await Gateway(Definitions.TwoArm(), consent: false).GenerateAsync(Request("no-consent"), Context("r1"), null);
        Assert.Null(response.Experiment);
        Assert.NotEmpty(response.Candidates);
        Assert.Null(await _store.FindExposureAsync("default", "r1"));
    }

    [Fact]
    public async Task Requests_without_a_user_are_bucketed_by_the_callers_key_or_left_out()
    {
        var gateway = Gateway(Definitions.TwoArm());
        Assert.Null((await gateway.GenerateAsync(Request(null), Context("r1"), null)).Experiment);
        var keyed = await gateway.GenerateAsync(Request(null), Context("r2"), "device-42");
        Assert.NotNull(keyed.Experiment);
        Assert.Equal("device-42", (await _store.FindExposureAsync("default", "r2"))!.Unit);
    }

    [Fact]
    public async Task Outcomes_join_their_exposure_within_the_attribution_window_only()
    {
        var definition = Definitions.TwoArm();
        var catalog = new ExperimentCatalog(Definitions.Options(definition), NullLogger<ExperimentCatalog>.Instance);
        var gateway = new ExperimentGateway(catalog, _store, RulesGateway.Pipeline, new FixedConsent(true), TimeProvider.System, NullLogger<ExperimentGateway>.Instance);
        await gateway.GenerateAsync(Request("u1"), Context("r1"), null);
        var outcomes = new ExperimentOutcomes(_store, catalog, TimeProvider.System);

        Assert.True((await outcomes.RecordAsync("default", new OutcomeInput("r1", "converted"))).Recorded);
        var late = await outcomes.RecordAsync("default", new OutcomeInput("r1", "clicked", DateTimeOffset.UtcNow.AddDays(-30)));
        Assert.Equal("occurredAt", Assert.Single(late.Errors).Field);
        Assert.Equal("requestId", Assert.Single((await outcomes.RecordAsync("default", new OutcomeInput("nope", "clicked"))).Errors).Field);
        Assert.Equal("outcome", Assert.Single((await outcomes.RecordAsync("default", new OutcomeInput("r1", "liked"))).Errors).Field);
        Assert.Equal("requestId", Assert.Single((await outcomes.RecordAsync("other-tenant", new OutcomeInput("r1", "clicked"))).Errors).Field);
    }

    private sealed class FixedConsent(bool allows) : IConsentReader
    {
        public ValueTask<bool> AllowsPersonalizationAsync(string tenant, string userId, CancellationToken cancellationToken = default) => ValueTask.FromResult(allows);
    }
}
