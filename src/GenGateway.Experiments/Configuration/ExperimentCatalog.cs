using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace GenGateway.Experiments.Configuration;

/// <summary>
/// The experiments in force. Read from configuration at start (where a bad set stops startup, see
/// <see cref="Hosting.ExperimentsServiceCollectionExtensions"/>) and again whenever the configuration reloads; a reload
/// that does not validate is logged and ignored, so the last good set stays in force.
/// </summary>
public sealed partial class ExperimentCatalog : IDisposable
{
    private readonly ILogger<ExperimentCatalog> _logger;
    private readonly ExperimentReferences? _references;
    private readonly IDisposable? _subscription;
    private volatile ExperimentsOptions _current;

    /// <summary>A catalog over a fixed set (tests, the simulator).</summary>
    public ExperimentCatalog(ExperimentsOptions options, ILogger<ExperimentCatalog> logger, ExperimentReferences? references = null)
    {
        _references = references;
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _current = options;
        _logger = logger;
    }

    /// <summary>A catalog that follows the <c>GenGateway:Experiments</c> section through reloads.</summary>
    public ExperimentCatalog(IConfiguration configuration, ILogger<ExperimentCatalog> logger, ExperimentReferences? references = null)
        : this(Bind(configuration), logger, references)
    {
        _subscription = ChangeToken.OnChange(configuration.GetReloadToken, () => Reload(configuration));
    }

    /// <summary>The set in force.</summary>
    public ExperimentsOptions Current => _current;

    /// <summary>The running experiment that splits this tenant's task at this moment, if any.</summary>
    public (string Id, ExperimentDefinition Definition)? Find(string tenant, string task, DateTimeOffset now)
    {
        foreach (var (id, experiment) in _current.Definitions)
        {
            if (experiment.Tenant == tenant && experiment.Task == task && experiment.Status == ExperimentStatuses.Running
                && (experiment.Start is not { } start || now >= start) && (experiment.End is not { } end || now < end))
            {
                return (id, experiment);
            }
        }

        return null;
    }

    internal static ExperimentsOptions Bind(IConfiguration configuration)
    {
        var options = new ExperimentsOptions();
        configuration.GetSection(ExperimentsOptions.SectionName).Bind(options);
        return options;
    }

    private void Reload(IConfiguration configuration)
    {
        ExperimentsOptions candidate;
        try
        {
            candidate = Bind(configuration);
        }
        catch (InvalidOperationException ex)
        {
            LogReloadRejected(_logger, ex.Message);
            return;
        }

        var errors = Validate(candidate);
        if (errors.Count > 0)
        {
            LogReloadRejected(_logger, string.Join(" ", errors));
            return;
        }

        _current = candidate;
        LogReloaded(_logger, candidate.Definitions.Count);
    }

    private List<string> Validate(ExperimentsOptions options) =>
        [.. ExperimentsValidator.Validate(options), .. _references?.Check(options) ?? []];

    /// <inheritdoc />
    public void Dispose() => _subscription?.Dispose();

    [LoggerMessage(EventId = 5001, EventName = "ExperimentsReloaded", Level = LogLevel.Information, Message = "Experiments reloaded: {Count} declared")]
    private static partial void LogReloaded(ILogger logger, int count);

    [LoggerMessage(EventId = 5002, EventName = "ExperimentsReloadRejected", Level = LogLevel.Error, Message = "Experiments reload rejected; the last good set stays in force: {Errors}")]
    private static partial void LogReloadRejected(ILogger logger, string errors);
}
