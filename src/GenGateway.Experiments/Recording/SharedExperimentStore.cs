using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GenGateway.Storage;

namespace GenGateway.Experiments.Recording;

/// <summary>
/// Exposures, outcomes and first assignments as per-user documents in the store every replica shares (Qdrant), so each
/// replica counts every replica's records and keeps a unit in the arm any replica first served it. Each write is
/// acknowledged (<c>wait=true</c>) before the call returns. Documents are filed under the user (the empty user id when
/// the request named none), so the user's erase and export reach them; the experiment id is their group, which the
/// report reads across users.
/// </summary>
public sealed class SharedExperimentStore(ISharedUserDocumentStore documents) : IExperimentStore
{
    private const string ExposureKind = "experiment-exposure";
    private const string OutcomeKind = "experiment-outcome";
    private const string AssignmentKind = "experiment-assignment";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task AppendAsync(ExposureRecord exposure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        await documents.PutAsync(Document(exposure.Tenant, exposure.UserId, ExposureKind, exposure.RequestId, exposure.ExperimentId,
            new ExperimentEntry { Exposure = exposure }, exposure.At), cancellationToken);

        // Insert-only: the first arm any replica served the unit stays its arm, however weights change later.
        await documents.AddOrGetAsync(new UserDocument(exposure.Tenant, exposure.UserId ?? string.Empty, AssignmentKind, exposure.Unit,
            JsonSerializer.Serialize(exposure.Arm, Json), exposure.At) { Group = exposure.ExperimentId }, cancellationToken);
    }

    /// <inheritdoc />
    public Task AppendAsync(OutcomeRecord outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        // Keyed by what makes an outcome distinct, so a retried write replaces itself instead of counting twice.
        var key = string.Join('/', outcome.RequestId, outcome.Outcome, outcome.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            outcome.CandidateIndex?.ToString(CultureInfo.InvariantCulture) ?? "-");
        return documents.PutAsync(Document(outcome.Tenant, outcome.UserId, OutcomeKind, key, outcome.ExperimentId,
            new ExperimentEntry { Outcome = outcome }, outcome.At), cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<string?> FirstArmAsync(string tenant, string experimentId, string unit, CancellationToken cancellationToken = default)
    {
        var found = await documents.FindAsync(tenant, AssignmentKind, experimentId, unit, cancellationToken);
        return found.Count == 0 ? null : JsonSerializer.Deserialize<string>(found[0].Json, Json);
    }

    /// <inheritdoc />
    public async ValueTask<ExposureRecord?> FindExposureAsync(string tenant, string requestId, CancellationToken cancellationToken = default)
    {
        var found = await documents.FindAsync(tenant, ExposureKind, key: requestId, cancellationToken: cancellationToken);
        return found.Count == 0 ? null : Entry(found[0]).Exposure;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ExperimentEntry> ReadAsync(string tenant, string experimentId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var exposures = await documents.FindAsync(tenant, ExposureKind, experimentId, cancellationToken: cancellationToken);
        var outcomes = await documents.FindAsync(tenant, OutcomeKind, experimentId, cancellationToken: cancellationToken);

        // Replicas append concurrently, so there is no single append order: entries come in time order, an exposure
        // before the outcomes of the same moment.
        foreach (var document in exposures.Concat(outcomes).OrderBy(d => d.UpdatedAt).ThenBy(d => d.Kind == OutcomeKind))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Entry(document);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExperimentEntry>> ExportUserAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        var exposures = await documents.ListAsync(tenant, userId, ExposureKind, cancellationToken);
        var outcomes = await documents.ListAsync(tenant, userId, OutcomeKind, cancellationToken);
        return [.. exposures.Concat(outcomes).OrderBy(d => d.UpdatedAt).Select(Entry)];
    }

    /// <inheritdoc />
    public async Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        var exposures = await documents.DeleteAsync(tenant, userId, ExposureKind, cancellationToken);
        var outcomes = await documents.DeleteAsync(tenant, userId, OutcomeKind, cancellationToken);
        await documents.DeleteAsync(tenant, userId, AssignmentKind, cancellationToken);
        return (int)(exposures + outcomes);
    }

    private static UserDocument Document(string tenant, string? userId, string kind, string key, string experimentId, ExperimentEntry entry, DateTimeOffset at) =>
        new(tenant, userId ?? string.Empty, kind, key, JsonSerializer.Serialize(entry, Json), at) { Group = experimentId };

    private static ExperimentEntry Entry(UserDocument document) =>
        JsonSerializer.Deserialize<ExperimentEntry>(document.Json, Json)
            ?? throw new InvalidDataException($"Experiment document {document.Kind}/{document.Key} holds no entry.");
}
