using GenGateway.Cli.Commands;
using GenGateway.EvalSuites.Assertions;
using GenGateway.EvalSuites.Fixtures;
using GenGateway.EvalSuites.Loading;
using GenGateway.EvalSuites.Model;
using GenGateway.EvalSuites.Running;
using GenGateway.EvalSuites.Tests.Support;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Grounding;

namespace GenGateway.EvalSuites.Tests.Running;

public sealed class RulesRunnerTests
{
    private static readonly AssertionServices Evaluators = new()
    {
        Evaluators = new Dictionary<string, ICandidateEvaluator> { [EvaluatorNames.Grounding] = new GroundingEvaluator() },
    };

    [Fact]
    public async Task The_example_suites_in_evals_pass_with_the_rules_provider()
    {
        var suites = SuiteLoader.Load(Path.Combine(RepoRoot(), "evals"));

        var result = await new EvalRunner(new EvalRunOptions
        {
            Services = EvalServices.Create(),
            ConfigureGateway = EvalServices.ConfigureGateway,
            ProfileFixtures = new ProfileStoreFixtureLoader(),
        }).RunAsync(suites);

        Assert.Equal(["smart-replies", "subject-lines", "ui-copy"], suites.Select(s => s.Name));
        Assert.True(result.Summary.Cases >= 12);
        Assert.All(result.Cases, c => Assert.True(c.Passed, $"{c.Key}: {Baselines.BaselineComparer.FirstFailure(c)}"));
        Assert.All(result.Cases.SelectMany(c => c.Runs), r => Assert.Equal(0, r.ModelCalls));
    }

    [Fact]
    public async Task A_failing_assertion_fails_its_case_and_a_threshold_lets_a_weighted_score_pass()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", """
            prompt: subject-lines
            defaultTest:
              vars: { count: 3, brief: { product: winter coats, offer: 20% off } }
            tests:
              - description: strict
                assert:
                  - { type: icontains, value: coats }
                  - { type: icontains, value: zebra }
              - description: weighted
                threshold: 0.75
                assert:
                  - { type: icontains, value: coats, weight: 3 }
                  - { type: icontains, value: zebra, weight: 1 }
              - description: informational only
                assert:
                  - { type: icontains, value: coats }
                  - { type: icontains, value: zebra, weight: 0 }
            """);

        var result = await new EvalRunner(new EvalRunOptions()).RunAsync(SuiteLoader.Load(path));

        Assert.Equal([false, true, true], result.Cases.Select(c => c.Passed));
        Assert.Equal([0.5, 0.75, 1.0], result.Cases.Select(c => c.Score));
        Assert.Contains("zebra", Baselines.BaselineComparer.FirstFailure(result.Cases[0]), StringComparison.Ordinal);
        Assert.Equal(1, result.Summary.Failed);
    }

    [Fact]
    public async Task Repeats_report_a_pass_rate_per_case()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", "prompt: ui-copy\ntests:\n  - vars: { element: cta, context: { goal: subscribe } }\n    assert: [ { type: min-length, value: 1 } ]\n");

        var result = await new EvalRunner(new EvalRunOptions { Repeat = 3 }).RunAsync(SuiteLoader.Load(path));

        var c = Assert.Single(result.Cases);
        Assert.Equal((3, 1.0, true), (c.Runs.Count, c.PassRate, c.Passed));
        Assert.Equal([0, 1, 2], c.Runs.Select(r => r.Repeat));
    }

    [Fact]
    public async Task A_suite_whose_needs_are_missing_is_invalid_before_anything_runs()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", """
            prompt: subject-lines
            tests:
              - vars: { brief: { product: coats } }
                profile: { userId: u1, events: [ { id: e1, type: message_sent, text: hi } ] }
                assert:
                  - { type: similar, value: coats }
                  - { type: tone }
            """);

        var ex = await Assert.ThrowsAsync<SuiteLoadException>(() => new EvalRunner(new EvalRunOptions()).RunAsync(SuiteLoader.Load(path)));

        var errors = ex.Errors.OrderBy(e => e.Location.Line).ToList();
        Assert.Equal([4, 6, 7], errors.Select(e => e.Location.Line));
        Assert.StartsWith("profile fixtures need the profile store", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("similar needs an embedder", errors[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("tone needs the gateway's 'tone' evaluator", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_fixtures_are_loaded_for_the_case_user_before_generation()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", """
            prompt: smart-replies
            tests:
              - vars: { thread: [ { from: a@example.com, text: Lunch on Friday? } ] }
                profile: { userId: u-fixture, events: [ { id: e1, type: message_sent, text: "Sounds great!!" } ] }
                assert: [ { type: candidate-count, value: { min: 1 } } ]
            """);
        var loader = new RecordingFixtureLoader();

        var result = await new EvalRunner(new EvalRunOptions { ProfileFixtures = loader, Repeat = 2 }).RunAsync(SuiteLoader.Load(path));

        Assert.True(result.Cases[0].Passed);
        Assert.Equal(2, loader.Loaded.Count);
        Assert.All(loader.Loaded, l => Assert.Equal(("default", "u-fixture", "e1"), (l.Tenant, l.Fixture.UserId, l.Fixture.Events[0].Id)));
    }

    [Fact]
    public async Task A_pinned_prompt_version_that_does_not_match_is_invalid()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", "prompt: subject-lines@000000000000\ntests:\n  - vars: { brief: { product: coats } }\n");

        var ex = await Assert.ThrowsAsync<SuiteLoadException>(() => new EvalRunner(new EvalRunOptions()).RunAsync(SuiteLoader.Load(path)));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(1, error.Location.Line);
        Assert.Contains("pins prompt subject-lines@000000000000, but", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_template_with_an_undeclared_variable_is_invalid()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", "prompt:\n  name: subject-lines\n  template: 'Write about {{$nonsense}}'\ntests:\n  - vars: { brief: { product: coats } }\n");

        var ex = await Assert.ThrowsAsync<SuiteLoadException>(() => new EvalRunner(new EvalRunOptions()).RunAsync(SuiteLoader.Load(path)));

        Assert.Contains(ex.Errors, e => e.Location.Line == 2 && e.Message.StartsWith("prompt.template:", StringComparison.Ordinal) && e.Message.Contains("nonsense", StringComparison.Ordinal));
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GenGateway.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    private sealed class RecordingFixtureLoader : IProfileFixtureLoader
    {
        public List<(string Tenant, ProfileFixture Fixture)> Loaded { get; } = [];

        public Task LoadAsync(IServiceProvider services, string tenant, ProfileFixture fixture, CancellationToken cancellationToken)
        {
            lock (Loaded)
            {
                Loaded.Add((tenant, fixture));
            }

            return Task.CompletedTask;
        }
    }
}
