using GenGateway.Core.Feedback;
using GenGateway.Core.Requests;

namespace GenGateway.Experiments.Configuration;

/// <summary>Checks a set of experiments; every problem is named by its configuration key.</summary>
internal static class ExperimentsValidator
{
    public static IReadOnlyList<string> Validate(ExperimentsOptions options)
    {
        var errors = new List<string>();
        var root = ExperimentsOptions.SectionName;
        if (options.AttributionWindow <= TimeSpan.Zero)
        {
            errors.Add($"{root}:AttributionWindow must be positive.");
        }

        var running = new Dictionary<(string Tenant, string Task), string>();
        foreach (var (id, experiment) in options.Definitions)
        {
            var key = $"{root}:Definitions:{id}";
            if (!TaskNames.TryParse(experiment.Task, out _))
            {
                errors.Add($"{key}:Task must be one of {string.Join(", ", TaskNames.All)} (got '{experiment.Task}').");
            }

            if (string.IsNullOrWhiteSpace(experiment.Tenant))
            {
                errors.Add($"{key}:Tenant is required.");
            }

            if (!ExperimentStatuses.All.Contains(experiment.Status))
            {
                errors.Add($"{key}:Status must be one of {string.Join(", ", ExperimentStatuses.All)} (got '{experiment.Status}').");
            }

            if (experiment.Start is { } start && experiment.End is { } end && end <= start)
            {
                errors.Add($"{key}:End must be after Start.");
            }

            if (!FeedbackOutcomes.All.Contains(experiment.PrimaryOutcome))
            {
                errors.Add($"{key}:PrimaryOutcome must be one of {string.Join(", ", FeedbackOutcomes.All.Order(StringComparer.Ordinal))} (got '{experiment.PrimaryOutcome}').");
            }

            if (experiment.Arms.Count < 2)
            {
                errors.Add($"{key}:Arms needs at least two arms (a control and a variant).");
            }

            if (experiment.Arms.Values.Count(a => a.Control) != 1)
            {
                errors.Add($"{key}:Arms must mark exactly one arm as Control (lift is measured against it).");
            }

            foreach (var (name, arm) in experiment.Arms)
            {
                var armKey = $"{key}:Arms:{name}";
                if (!double.IsFinite(arm.Weight) || arm.Weight <= 0)
                {
                    errors.Add($"{armKey}:Weight must be a positive number.");
                }

                if (!ExperimentStatuses.All.Contains(arm.Status))
                {
                    errors.Add($"{armKey}:Status must be one of {string.Join(", ", ExperimentStatuses.All)} (got '{arm.Status}').");
                }

                if (arm.Control && !HoldoutModes.All.Contains(arm.Holdout))
                {
                    errors.Add($"{armKey}:Holdout must be one of {string.Join(", ", HoldoutModes.All)} (got '{arm.Holdout}').");
                }

                if (arm.Control && (arm.Prompt is not null || arm.Providers is not null))
                {
                    errors.Add($"{armKey}: a control arm generates no copy of its own, so Prompt and Providers do not apply.");
                }

                if (arm.Providers is { Count: 0 })
                {
                    errors.Add($"{armKey}:Providers, when given, names at least one provider.");
                }
            }

            foreach (var (user, arm) in experiment.ForcedArms)
            {
                if (!experiment.Arms.ContainsKey(arm))
                {
                    errors.Add($"{key}:ForcedArms:{user} names arm '{arm}', which is not declared.");
                }
            }

            // Two running experiments on one tenant's task would each claim the same requests.
            if (experiment.Status == ExperimentStatuses.Running && TaskNames.TryParse(experiment.Task, out _))
            {
                if (running.TryGetValue((experiment.Tenant, experiment.Task), out var other))
                {
                    errors.Add($"{key}: experiment '{other}' already splits {experiment.Task} for tenant '{experiment.Tenant}'; stop one of them.");
                }
                else
                {
                    running[(experiment.Tenant, experiment.Task)] = id;
                }
            }
        }

        return errors;
    }
}
