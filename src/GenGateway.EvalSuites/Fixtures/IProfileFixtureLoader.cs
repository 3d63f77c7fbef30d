using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Fixtures;

/// <summary>
/// Ingests a case's profile fixture before the case runs. The gateway's profile store implements it (the host
/// registers the store with <see cref="Running.EvalRunOptions.ConfigureGateway"/> so the pipeline's
/// personalization source reads what was ingested); a suite with a <c>profile:</c> is invalid when no loader is given.
/// </summary>
/// <remarks>
/// Called once per case run, before generation, on the same service provider that serves the case's provider;
/// ingestion must be idempotent by event id because the same fixture is loaded for every case and repeat that
/// uses it. Suites should give each distinct fixture its own <see cref="ProfileFixture.UserId"/>, since cases run
/// concurrently.
/// </remarks>
public interface IProfileFixtureLoader
{
    /// <summary>Ingests <paramref name="fixture"/>'s events for its user under <paramref name="tenant"/>.</summary>
    /// <param name="services">The service provider of the gateway instance the case runs on.</param>
    /// <param name="tenant">Tenant the case's request runs under.</param>
    /// <param name="fixture">User and events.</param>
    /// <param name="cancellationToken">Cancels the ingestion.</param>
    Task LoadAsync(IServiceProvider services, string tenant, ProfileFixture fixture, CancellationToken cancellationToken);
}
