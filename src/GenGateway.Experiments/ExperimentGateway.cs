using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Experiments.Assignment;
using GenGateway.Experiments.Configuration;
using GenGateway.Experiments.Recording;
using Microsoft.Extensions.Logging;

namespace GenGateway.Experiments;

/// <summary>
/// Generation with experiments: finds the experiment that splits the request's task, assigns the unit to an arm, lets
/// the arm shape the request (another prompt or provider chain, no personalization, or the control's holdout), records
/// the exposure durably with every candidate's guard decision, and says the experiment and arm in the response.
/// Requests no experiment applies to go to the pipeline unchanged.
/// </summary>
public sealed partial class ExperimentGateway(
    ExperimentCatalog catalog,
    IExperimentStore store,
    GenerationPipeline pipeline,
    IConsentReader consent,
    TimeProvider timeProvider,
    ILogger<ExperimentGateway> logger)
{
    /// <summary>Generates for a validated request. <paramref name="unitKey"/> is the caller's experiment key for requests without a user id.</summary>
    public async Task<GenerationResponse> GenerateAsync(ITaskRequest request, GenerationContext context, string? unitKey,
        CancellationToken cancellationToken = default)
    {
        var assignment = await AssignAsync(context.Tenant, request, unitKey, cancellationToken);
        if (assignment is null)
        {
            return await pipeline.GenerateAsync(request, context, cancellationToken);
        }

        var started = timeProvider.GetTimestamp();
        var arm = assignment.Arm;
        var info = new ExperimentInfo(assignment.ExperimentId, assignment.ArmName, arm.Control);
        GenerationResponse response;
        if (arm.Control && arm.Holdout == HoldoutModes.Empty)
        {
            response = Holdout(context, started);
        }
        else
        {
            // The exposure records every candidate the guardrail judged, so the pipeline always explains; the caller
            // sees rejected candidates only when it asked to.
            var overrides = new GenerationOverrides
            {
                PromptName = arm.Prompt,
                Providers = arm.Providers,
                Personalize = arm.Personalization && !arm.Control,
                RulesOnly = arm.Control,
            };
            response = await pipeline.GenerateAsync(request, context with { Explain = true, Overrides = overrides }, cancellationToken);
        }

        await store.AppendAsync(new ExposureRecord
        {
            Tenant = context.Tenant,
            ExperimentId = assignment.ExperimentId,
            Arm = assignment.ArmName,
            Unit = assignment.Unit,
            UserId = request.UserId,
            RequestId = response.RequestId,
            At = timeProvider.GetUtcNow(),
            PromptName = response.Prompt.Name,
            PromptVersion = response.Prompt.Version,
            Model = response.Model,
            Forced = assignment.Forced,
            Candidates = [.. response.Candidates.Select(c => new ExposedCandidate(c.Decision, c.Source, c.Scores))],
        }, CancellationToken.None);

        var shown = context.Explain ? response.Candidates : [.. response.Candidates.Where(c => c.Decision != CandidateDecisions.Rejected)];
        return response with { Candidates = shown, Experiment = info };
    }

    /// <summary>
    /// The arm for this request, or null when no running experiment applies, the request has no unit, or the user
    /// withdrew personalization consent from an experiment whose arms personalize (they get the gateway's ordinary,
    /// unpersonalized answer and are never enrolled, so the arms compare like with like).
    /// </summary>
    internal async Task<ArmAssignment?> AssignAsync(string tenant, ITaskRequest request, string? unitKey, CancellationToken cancellationToken)
    {
        if (catalog.Find(tenant, TaskNames.Of(request.Kind), timeProvider.GetUtcNow()) is not { } found)
        {
            return null;
        }

        var (id, experiment) = found;
        var unit = request.UserId ?? unitKey;
        if (string.IsNullOrEmpty(unit))
        {
            return null;
        }

        if (request.UserId is { } userId && experiment.ForcedArms.TryGetValue(userId, out var forced))
        {
            return new ArmAssignment(id, forced, experiment.Arms[forced], unit, Forced: true);
        }

        if (request.UserId is { } user && experiment.Arms.Values.Any(a => a.Personalization && !a.Control)
            && !await consent.AllowsPersonalizationAsync(tenant, user, cancellationToken))
        {
            return null;
        }

        // A unit keeps the arm it was first served while that arm runs, whatever happens to the weights later.
        var first = await store.FirstArmAsync(tenant, id, unit, cancellationToken);
        if (first is not null && experiment.Arms.TryGetValue(first, out var firstArm))
        {
            if (firstArm.Status == ExperimentStatuses.Running)
            {
                return new ArmAssignment(id, first, firstArm, unit, Forced: false);
            }

            // Its arm was stopped: rolled back to the gateway's ordinary answer, no longer enrolled.
            return null;
        }

        var running = experiment.Arms.Where(a => a.Value.Status == ExperimentStatuses.Running)
            .Select(a => KeyValuePair.Create(a.Key, a.Value.Weight)).ToList();
        if (running.Count == 0)
        {
            return null;
        }

        var name = ArmAssigner.Pick(tenant, id, experiment.Salt, unit, running);
        LogAssigned(logger, id, name);
        return new ArmAssignment(id, name, experiment.Arms[name], unit, Forced: false);
    }

    private GenerationResponse Holdout(GenerationContext context, long started) => new()
    {
        RequestId = context.RequestId,
        Source = GenerationSource.None,
        Candidates = [],
        Personalization = new PersonalizationInfo(),
        Prompt = new PromptInfo("none", ""),
        Model = "none",
        Timings = new Timings { TotalMs = Math.Round(timeProvider.GetElapsedTime(started).TotalMilliseconds, 2) },
    };

    [LoggerMessage(EventId = 5003, EventName = "ArmAssigned", Level = LogLevel.Debug, Message = "Experiment {Experiment}: new unit assigned to arm {Arm}")]
    private static partial void LogAssigned(ILogger logger, string experiment, string arm);
}
