using System.Text.Json;
using GenGateway.EvalSuites.Model;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.EvalSuites.Fixtures;

/// <summary>
/// Ingests a case's profile fixture through the gateway's own event ingestion (validate, redact, embed, store,
/// fold into the profile), exactly as <c>POST /v1/users/{userId}/events</c> would, on the gateway instance the case
/// runs on. The instance must have profiles registered (<c>AddProfiles</c> with a vector store).
/// </summary>
/// <remarks>
/// An event without <c>occurredAt</c> happened "now" (the loader's clock), so every such event weighs the same in
/// the recency-weighted profile on every run; give times only when a fixture is about recency.
/// </remarks>
public sealed class ProfileStoreFixtureLoader(TimeProvider? time = null) : IProfileFixtureLoader
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The fixture's events are rejected; the message names the fixture's file and line.</exception>
    public async Task LoadAsync(IServiceProvider services, string tenant, ProfileFixture fixture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(fixture);
        var ingestor = services.GetRequiredService<EventIngestor>();
        var now = _time.GetUtcNow();
        var batch = new EventBatch { Events = [.. fixture.Events.Select(e => ToUserEvent(e, now))] };
        var problems = ingestor.ValidateBatch(fixture.UserId, batch);
        if (problems.Count == 0)
        {
            var result = await ingestor.IngestAsync(tenant, fixture.UserId, batch, cancellationToken);
            problems = result.Errors;
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{fixture.Location}: profile fixture rejected: {string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}"))}");
        }
    }

    private static UserEvent ToUserEvent(ProfileFixtureEvent e, DateTimeOffset now) => new()
    {
        Id = e.Id,
        Type = e.Type,
        Text = e.Text,
        Subject = e.Subject,
        OccurredAt = e.OccurredAt ?? now,
        Metadata = e.Metadata?.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value), StringComparer.Ordinal),
    };
}
