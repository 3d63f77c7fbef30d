using GenGateway.Core.Feedback;
using GenGateway.Core.Responses;
using GenGateway.Experiments.Configuration;
using GenGateway.Experiments.Recording;
using GenGateway.Experiments.Statistics;

namespace GenGateway.Experiments.Reporting;

/// <summary>
/// Computes the report from an experiment's log. The unit of analysis is the user (or caller key): each is counted in
/// the arm of their first exposure (intention to treat), and an outcome counts once per user.
/// </summary>
public static class ReportBuilder
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>Builds the report from every entry of the experiment.</summary>
    public static async Task<ExperimentReport> BuildAsync(string id, ExperimentDefinition definition, IAsyncEnumerable<ExperimentEntry> entries,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        var exposures = new Dictionary<string, long>(StringComparer.Ordinal);
        var guard = new Dictionary<string, GuardTally>(StringComparer.Ordinal);
        var outcomes = new List<OutcomeRecord>();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (entry.Exposure is { Forced: false } exposure)
            {
                if (!units.ContainsKey(exposure.Unit))
                {
                    units[exposure.Unit] = new Unit(exposure.Arm, exposure.At);
                }

                exposures[exposure.Arm] = exposures.GetValueOrDefault(exposure.Arm) + 1;
                var tally = guard.TryGetValue(exposure.Arm, out var existing) ? existing : guard[exposure.Arm] = new GuardTally();
                tally.Add(exposure.Candidates);
            }
            else if (entry.Outcome is { Forced: false } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        foreach (var outcome in outcomes)
        {
            // Intention to treat: an outcome counts for the user's first arm only.
            if (units.TryGetValue(outcome.Unit, out var unit) && unit.Arm == outcome.Arm)
            {
                unit.Outcomes.Add(outcome.Outcome);
                if (outcome.Outcome == definition.PrimaryOutcome)
                {
                    unit.PrimaryWeeks.Add((int)Math.Floor((outcome.At - unit.FirstAt) / Week));
                }
            }
        }

        var control = definition.Arms.Single(a => a.Value.Control).Key;
        var usersByArm = definition.Arms.Keys.ToDictionary(a => a, a => units.Values.Where(u => u.Arm == a).ToList(), StringComparer.Ordinal);
        var controlUsers = usersByArm[control];
        var arms = definition.Arms.Select(pair =>
        {
            var armUsers = usersByArm[pair.Key];
            var byOutcome = new SortedDictionary<string, OutcomeReport>(StringComparer.Ordinal);
            foreach (var name in FeedbackOutcomes.All)
            {
                var hits = armUsers.Count(u => u.Outcomes.Contains(name));
                var controlHits = controlUsers.Count(u => u.Outcomes.Contains(name));
                var isControl = pair.Key == control;
                byOutcome[name] = new OutcomeReport(hits, Rate(hits, armUsers.Count),
                    isControl ? null : TwoProportions.AbsoluteLift(hits, armUsers.Count, controlHits, controlUsers.Count),
                    isControl ? null : TwoProportions.RelativeLift(hits, armUsers.Count, controlHits, controlUsers.Count));
            }

            return new ArmReport
            {
                Name = pair.Key,
                Control = pair.Value.Control,
                Status = definition.Status == ExperimentStatuses.Stopped ? ExperimentStatuses.Stopped : pair.Value.Status,
                Weight = pair.Value.Weight,
                Users = armUsers.Count,
                Exposures = exposures.GetValueOrDefault(pair.Key),
                Outcomes = byOutcome,
                Guard = (guard.GetValueOrDefault(pair.Key) ?? new GuardTally()).Report(),
            };
        }).ToList();

        // A stopped arm stops receiving users, so the ratio is only checked among the arms still running.
        var running = definition.Arms.Where(a => a.Value.Status == ExperimentStatuses.Running).ToList();
        var (chi, p) = SampleRatio.Test([.. running.Select(a => (long)usersByArm[a.Key].Count)], [.. running.Select(a => a.Value.Weight)]);

        return new ExperimentReport
        {
            Id = id,
            Task = definition.Task,
            Status = definition.Status,
            GeneratedAt = now,
            PrimaryOutcome = definition.PrimaryOutcome,
            Control = control,
            Arms = arms,
            SampleRatio = new SampleRatioReport(chi, p, p < SampleRatio.Threshold, [.. running.Select(a => a.Key)]),
            Novelty = Novelty(definition, usersByArm, control, now),
        };
    }

    private static List<WeekReport> Novelty(ExperimentDefinition definition, Dictionary<string, List<Unit>> usersByArm, string control, DateTimeOffset now)
    {
        var all = usersByArm.Values.SelectMany(u => u).ToList();
        if (all.Count == 0)
        {
            return [];
        }

        var weeks = (int)Math.Floor((now - all.Min(u => u.FirstAt)) / Week) + 1;
        var result = new List<WeekReport>();
        for (var week = 0; week < weeks; week++)
        {
            // Only users observed for that whole week count in it, so early weeks are not diluted by newcomers.
            var cutoff = now - ((week + 1) * Week);
            var observed = usersByArm.ToDictionary(p => p.Key, p => p.Value.Where(u => u.FirstAt <= cutoff || week == 0).ToList(), StringComparer.Ordinal);
            var rates = observed.ToDictionary(p => p.Key, p => new WeekRate(p.Value.Count, Rate(p.Value.Count(u => u.PrimaryWeeks.Contains(week)), p.Value.Count)),
                StringComparer.Ordinal);
            var controlWeek = observed[control];
            var controlHits = controlWeek.Count(u => u.PrimaryWeeks.Contains(week));
            var lift = definition.Arms.Keys.Where(a => a != control).ToDictionary(a => a,
                a => TwoProportions.AbsoluteLift(observed[a].Count(u => u.PrimaryWeeks.Contains(week)), observed[a].Count, controlHits, controlWeek.Count),
                StringComparer.Ordinal);
            result.Add(new WeekReport(week, rates, lift));
        }

        return result;
    }

    private static double Rate(long hits, long users) => users == 0 ? 0 : (double)hits / users;

    private sealed class Unit(string arm, DateTimeOffset firstAt)
    {
        public string Arm { get; } = arm;

        public DateTimeOffset FirstAt { get; } = firstAt;

        public HashSet<string> Outcomes { get; } = new(StringComparer.Ordinal);

        public HashSet<int> PrimaryWeeks { get; } = [];
    }

    private sealed class GuardTally
    {
        private readonly Dictionary<string, (double Sum, long Count)> _scores = new(StringComparer.Ordinal);
        private long _candidates;
        private long _rejected;
        private long _repaired;
        private long _released;
        private long _rules;

        public void Add(IReadOnlyList<ExposedCandidate> candidates)
        {
            foreach (var candidate in candidates)
            {
                _candidates++;
                switch (candidate.Decision)
                {
                    case CandidateDecisions.Rejected:
                        _rejected++;
                        break;
                    case CandidateDecisions.Repaired:
                        _repaired++;
                        _released++;
                        break;
                    default:
                        _released++;
                        break;
                }

                if (candidate.Decision != CandidateDecisions.Rejected && candidate.Source == GenerationSource.Rules)
                {
                    _rules++;
                }

                foreach (var (name, score) in candidate.Scores)
                {
                    var (sum, count) = _scores.GetValueOrDefault(name);
                    _scores[name] = (sum + score, count + 1);
                }
            }
        }

        public GuardReport Report() => new(_candidates, Rate(_rejected, _candidates), Rate(_repaired, _candidates), Rate(_rules, _released),
            new SortedDictionary<string, double>(_scores.ToDictionary(p => p.Key, p => p.Value.Sum / p.Value.Count), StringComparer.Ordinal));
    }
}
