using System.Diagnostics;
using GenGateway.Core.Generation;
using GenGateway.Core.Prompts;
using GenGateway.EvalSuites.Assertions;
using GenGateway.EvalSuites.Model;
using GenGateway.EvalSuites.Results;
using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Running;

/// <summary>
/// Runs suites: every case against every provider of its suite's matrix, <see cref="EvalRunOptions.Repeat"/>
/// times, at most <see cref="EvalRunOptions.Concurrency"/> at once, and scores each run with its assertions.
/// </summary>
public sealed class EvalRunner(EvalRunOptions options)
{
    /// <summary>
    /// Checks what the suites need beyond their own text: the prompt (and pinned version), an embedder for
    /// <c>similar</c>, the evaluators for <c>grounded</c>/<c>tone</c>/<c>policy</c>, a fixture loader for
    /// <c>profile</c>. Throws <see cref="SuiteLoadException"/> with file and line when something is missing.
    /// </summary>
    public IReadOnlyDictionary<EvalSuite, PromptLibrary> Prepare(IReadOnlyList<EvalSuite> suites)
    {
        var errors = new List<SuiteError>();
        var libraries = new Dictionary<EvalSuite, PromptLibrary>();
        foreach (var suite in suites)
        {
            libraries[suite] = PromptResolver.Resolve(suite, errors);
            foreach (var spec in suite.Cases.SelectMany(c => c.Assertions).DistinctBy(a => (a.Location, a.Type)))
            {
                if (spec.Type == "similar" && options.Services.Embedder is null)
                {
                    errors.Add(new SuiteError(spec.Location, "similar needs an embedder and this build configures none"));
                }
                else if (spec.Type is "grounded" or "tone" or "policy" && !options.Services.Evaluators.ContainsKey(EvaluatorCheck.EvaluatorFor(spec.Type)))
                {
                    errors.Add(new SuiteError(spec.Location, $"{spec.Type} needs the gateway's '{EvaluatorCheck.EvaluatorFor(spec.Type)}' evaluator, which this build does not have"));
                }
            }

            if (options.ProfileFixtures is null && suite.Cases.FirstOrDefault(c => c.Profile is not null) is { Profile: { } profile })
            {
                errors.Add(new SuiteError(profile.Location, "profile fixtures need the profile store, which this build does not register (no IProfileFixtureLoader)"));
            }
        }

        return errors.Count > 0 ? throw new SuiteLoadException(errors) : libraries;
    }

    /// <summary>Runs the suites and returns every case's result; <paramref name="progress"/> hears of each finished run.</summary>
    public async Task<RunResult> RunAsync(IReadOnlyList<EvalSuite> suites, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var libraries = Prepare(suites);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var cache = options.CacheDirectory is { } dir ? new ResponseCache(dir) : null;
        var repeat = Math.Max(1, options.Repeat);

        var hosts = new Dictionary<(EvalSuite, ProviderSpec), ProviderHost>();
        var setupErrors = new Dictionary<(EvalSuite, ProviderSpec), string>();
        var judges = new Dictionary<EvalSuite, IChatClient>();
        try
        {
            foreach (var suite in suites)
            {
                foreach (var provider in suite.Providers)
                {
                    try
                    {
                        hosts[(suite, provider)] = ProviderHost.Create(provider, suite, libraries[suite], options, cache);
                    }
                    catch (ProviderSetupException ex)
                    {
                        setupErrors[(suite, provider)] = ex.Message;
                    }
                }

                if (suite.Judge is { } judge)
                {
                    try
                    {
                        judges[suite] = JudgeFactory.Create(judge, suite, options, cache);
                    }
                    catch (ProviderSetupException ex)
                    {
                        foreach (var provider in suite.Providers)
                        {
                            setupErrors.TryAdd((suite, provider), ex.Message);
                        }
                    }
                }
            }

            var work = (from suite in suites
                        from provider in suite.Providers
                        from @case in suite.Cases
                        from r in Enumerable.Range(0, repeat)
                        select new WorkItem(suite, provider, @case, r)).ToList();
            var runs = new CaseRun[work.Count];
            var completed = 0;
            await Parallel.ForEachAsync(
                Enumerable.Range(0, work.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = cancellationToken },
                async (index, ct) =>
                {
                    var item = work[index];
                    runs[index] = setupErrors.TryGetValue((item.Suite, item.Provider), out var setupError)
                        ? new CaseRun { Repeat = item.Repeat, Error = setupError }
                        : await RunOneAsync(item, hosts[(item.Suite, item.Provider)], judges.GetValueOrDefault(item.Suite), ct);
                    progress?.Report(new RunProgress(Interlocked.Increment(ref completed), work.Count, item.Key, runs[index].Passed));
                });

            var cases = work.Select((item, i) => (item, run: runs[i]))
                .GroupBy(p => (p.item.Suite, p.item.Provider, p.item.Case))
                .Select(g => Aggregate(g.Key.Suite, g.Key.Provider, g.Key.Case, [.. g.Select(p => p.run)]))
                .ToList();
            var passed = cases.Count(c => c.Passed);
            return new RunResult
            {
                StartedAt = started,
                DurationMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
                Seed = options.Seed,
                Repeat = repeat,
                Suites = [.. suites.Select(s => new SuiteInfo(s.Name, s.FilePath, s.Description, s.Prompt.Name,
                    libraries[s].Get(s.Prompt.Name).Version, [.. s.Providers.Select(p => p.Label)]))],
                ProviderErrors = [.. setupErrors.Values.Distinct(StringComparer.Ordinal)],
                Cases = cases,
                Summary = new RunSummary(cases.Count, passed, cases.Count - passed, cases.Count(c => c.Errored),
                    cases.Count == 0 ? 0 : Math.Round((double)passed / cases.Count, 4)),
            };
        }
        finally
        {
            foreach (var host in hosts.Values)
            {
                await host.DisposeAsync();
            }

            foreach (var judge in judges.Values)
            {
                judge.Dispose();
            }
        }
    }

    private async Task<CaseRun> RunOneAsync(WorkItem item, ProviderHost host, IChatClient? judge, CancellationToken cancellationToken)
    {
        var scope = new CaseScope(item.Repeat);
        CaseScope.Current = scope;
        var clock = Stopwatch.StartNew();
        Core.Responses.GenerationResponse response;
        try
        {
            if (item.Case.Profile is { } profile)
            {
                await options.ProfileFixtures!.LoadAsync(host.Services, options.Tenant, profile, cancellationToken);
            }

            clock.Restart();
            response = await host.Pipeline.GenerateAsync(item.Case.Request, new GenerationContext(options.Tenant, $"eval-{Guid.NewGuid():N}"), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new CaseRun { Repeat = item.Repeat, Error = ex.Message, LatencyMs = Math.Round(clock.Elapsed.TotalMilliseconds, 2), Notes = scope.Notes };
        }

        var latency = clock.Elapsed.TotalMilliseconds;
        var (cost, costProblem) = Cost(item.Provider, scope);
        var input = new AssertionInput
        {
            Case = item.Case,
            Response = response,
            LatencyMs = latency,
            CostUsd = cost,
            CostProblem = costProblem,
            Services = options.Services with { Judge = judge },
        };
        var results = new List<AssertionResult>(item.Case.Assertions.Count);
        foreach (var spec in item.Case.Assertions)
        {
            results.Add(await EvaluateAsync(spec, input, cancellationToken));
        }

        var (score, passed) = Scoring.Score(results, item.Case.Threshold);
        return new CaseRun
        {
            Repeat = item.Repeat,
            Passed = passed,
            Score = score,
            Candidates = [.. response.Candidates.Select(c => c.Text)],
            Source = response.Source,
            Model = response.Model,
            NoSuggestionReason = response.NoSuggestionReason,
            LatencyMs = Math.Round(latency, 2),
            CostUsd = cost,
            InputTokens = scope.InputTokens,
            OutputTokens = scope.OutputTokens,
            ModelCalls = scope.ModelCalls,
            CacheHits = scope.CacheHits,
            Assertions = results,
            Notes = scope.Notes,
        };
    }

    private static async Task<AssertionResult> EvaluateAsync(AssertionSpec spec, AssertionInput input, CancellationToken cancellationToken)
    {
        try
        {
            return await AssertionCatalog.EvaluateAsync(spec, input, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A judge or embedder that fails makes this assertion fail with the reason, not the whole run.
            return new AssertionResult(spec.DisplayType, false, 0, spec.Weight, "error: " + ex.Message, spec.Metric, spec.Location.Line);
        }
    }

    private static (double? Cost, string? Problem) Cost(ProviderSpec provider, CaseScope scope)
    {
        if (scope.ModelCalls == 0)
        {
            return (0, null);
        }

        if (provider.InputCostPerMillion is not { } inputPrice || provider.OutputCostPerMillion is not { } outputPrice)
        {
            return (null, $"no price for {provider.Label}: set config.inputCostPerMillion and config.outputCostPerMillion");
        }

        return scope.UsageMissing
            ? (null, $"{provider.Label} reported no token usage")
            : (Math.Round(((scope.InputTokens * inputPrice) + (scope.OutputTokens * outputPrice)) / 1_000_000, 8), null);
    }

    private static CaseResult Aggregate(EvalSuite suite, ProviderSpec provider, EvalCase @case, IReadOnlyList<CaseRun> runs)
    {
        var passRate = (double)runs.Count(r => r.Passed) / runs.Count;
        return new CaseResult
        {
            Key = $"{suite.Name}/{provider.Label}/{@case.Description}",
            Suite = suite.Name,
            Provider = provider.Label,
            Description = @case.Description,
            File = @case.Location.File,
            Line = @case.Location.Line,
            PassRate = Math.Round(passRate, 4),
            RequiredPassRate = @case.PassRate,
            Passed = passRate + 1e-9 >= @case.PassRate,
            Score = Math.Round(runs.Average(r => r.Score), 4),
            Errored = runs.Any(r => r.Error is not null),
            Request = @case.RequestJson,
            Runs = runs,
        };
    }

    private sealed record WorkItem(EvalSuite Suite, ProviderSpec Provider, EvalCase Case, int Repeat)
    {
        public string Key => $"{Suite.Name}/{Provider.Label}/{Case.Description}";
    }
}
