using GenGateway.Experiments.Recording;
using GenGateway.Experiments.Reporting;
using GenGateway.Experiments.Tests.Support;

namespace GenGateway.Experiments.Tests.Reporting;

public sealed class ReportBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static ExperimentEntry Exposure(string unit, string arm, string requestId, DateTimeOffset at, bool forced = false, params ExposedCandidate[] candidates) =>
        new() { Exposure = new ExposureRecord { Tenant = "default", ExperimentId = "exp", Arm = arm, Unit = unit, UserId = unit, RequestId = requestId, At = at, PromptName = "p", PromptVersion = "1", Model = "m", Forced = forced, Candidates = candidates } };

    private static ExperimentEntry Outcome(string unit, string arm, string requestId, string outcome, DateTimeOffset at, bool forced = false) =>
        new() { Outcome = new OutcomeRecord { Tenant = "default", ExperimentId = "exp", Arm = arm, Unit = unit, UserId = unit, RequestId = requestId, Outcome = outcome, At = at, Forced = forced } };

    private static async IAsyncEnumerable<ExperimentEntry> Log(params ExperimentEntry[] entries)
    {
        foreach (var entry in entries)
        {
            yield return entry;
        }

        await Task.CompletedTask;
    }

    [Fact]
    public async Task Users_count_once_in_their_first_arm_and_outcomes_once_per_user()
    {
        var report = await ReportBuilder.BuildAsync("exp", Definitions.TwoArm(), Log(
            Exposure("u1", "control", "r1", Start),
            Exposure("u2", "variant", "r2", Start),
            Exposure("u2", "variant", "r3", Start.AddHours(1)),
            Exposure("u3", "variant", "r4", Start),
            Outcome("u2", "variant", "r2", "clicked", Start.AddMinutes(5)),
            Outcome("u2", "variant", "r3", "clicked", Start.AddHours(2)),
            Outcome("u1", "control", "r1", "opened", Start.AddMinutes(1))), Start.AddDays(1));

        var variant = report.Arms.Single(a => a.Name == "variant");
        var control = report.Arms.Single(a => a.Name == "control");
        Assert.Equal(2, variant.Users);
        Assert.Equal(3, variant.Exposures);
        Assert.Equal(1, variant.Outcomes["clicked"].Users);
        Assert.Equal(0.5, variant.Outcomes["clicked"].Rate);
        Assert.Equal(0.5, variant.Outcomes["clicked"].AbsoluteLift!.Estimate);
        Assert.Null(control.Outcomes["clicked"].AbsoluteLift);
        Assert.Equal(1.0, control.Outcomes["opened"].Rate);
        Assert.Equal("control", report.Control);
    }

    [Fact]
    public async Task Forced_qa_users_are_left_out()
    {
        var report = await ReportBuilder.BuildAsync("exp", Definitions.TwoArm(), Log(
            Exposure("qa", "variant", "r1", Start, forced: true),
            Outcome("qa", "variant", "r1", "clicked", Start, forced: true),
            Exposure("u1", "variant", "r2", Start)), Start.AddDays(1));

        var variant = report.Arms.Single(a => a.Name == "variant");
        Assert.Equal(1, variant.Users);
        Assert.Equal(0, variant.Outcomes["clicked"].Users);
    }

    [Fact]
    public async Task Guard_picture_shows_rejections_repairs_rule_share_and_mean_scores_per_arm()
    {
        var scores = new Dictionary<string, double> { ["grounding"] = 1.0, ["tone"] = 0.5 };
        var low = new Dictionary<string, double> { ["grounding"] = 0.0, ["tone"] = 0.5 };
        var report = await ReportBuilder.BuildAsync("exp", Definitions.TwoArm(), Log(
            Exposure("u1", "variant", "r1", Start, false,
                new ExposedCandidate("released", "model", scores),
                new ExposedCandidate("rejected", "model", low),
                new ExposedCandidate("repaired", "model", scores),
                new ExposedCandidate("released", "rules", scores))), Start.AddDays(1));

        var guard = report.Arms.Single(a => a.Name == "variant").Guard;
        Assert.Equal(4, guard.Candidates);
        Assert.Equal(0.25, guard.RejectedShare);
        Assert.Equal(0.25, guard.RepairedShare);
        Assert.Equal(1 / 3.0, guard.RulesShare, 1e-12);
        Assert.Equal(0.75, guard.MeanScores["grounding"]);
    }

    [Fact]
    public async Task Novelty_splits_the_primary_outcome_by_week_since_first_exposure()
    {
        var report = await ReportBuilder.BuildAsync("exp", Definitions.TwoArm(), Log(
            Exposure("u1", "variant", "r1", Start),
            Exposure("u2", "control", "r2", Start),
            Outcome("u1", "variant", "r1", "clicked", Start.AddDays(1)),
            Outcome("u1", "variant", "r1", "clicked", Start.AddDays(8))), Start.AddDays(15));

        Assert.Equal(3, report.Novelty.Count);
        Assert.Equal(1.0, report.Novelty[0].Rates["variant"].Rate);
        Assert.Equal(1.0, report.Novelty[1].Rates["variant"].Rate);
        Assert.Equal(0.0, report.Novelty[2].Rates["variant"].Rate);
        Assert.Equal(1.0, report.Novelty[0].AbsoluteLift["variant"]!.Estimate);
    }

    [Fact]
    public async Task A_split_far_from_the_weights_is_flagged()
    {
        var entries = Enumerable.Range(0, 600).Select(i => Exposure($"c{i}", "control", $"c{i}", Start))
            .Concat(Enumerable.Range(0, 400).Select(i => Exposure($"v{i}", "variant", $"v{i}", Start))).ToArray();
        var report = await ReportBuilder.BuildAsync("exp", Definitions.TwoArm(), Log(entries), Start.AddDays(1));
        Assert.True(report.SampleRatio.Mismatch);
        Assert.True(report.SampleRatio.PValue < 1e-9);
    }
}
