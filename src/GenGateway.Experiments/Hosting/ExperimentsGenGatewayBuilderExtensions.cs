using GenGateway.Core.Configuration;
using GenGateway.Core.DependencyInjection;
using GenGateway.Core.Privacy;
using GenGateway.Core.Prompts;
using GenGateway.Experiments.Configuration;
using GenGateway.Experiments.Recording;
using GenGateway.Experiments.Reporting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenGateway.Experiments.Hosting;

/// <summary>Registers experiments on the gateway builder.</summary>
public static class ExperimentsGenGatewayBuilderExtensions
{
    /// <summary>
    /// Adds experiment assignment, exposure and outcome recording (embedded store under the data directory) and reports,
    /// read from <c>GenGateway:Experiments</c>: validated at start (a bad set stops startup naming the key) and on every
    /// reload (a bad reload keeps the last good set).
    /// </summary>
    public static IGenGatewayBuilder AddExperiments(this IGenGatewayBuilder builder, IConfiguration configuration)
    {
        var services = builder.Services;
        services.AddOptions<ExperimentsOptions>().Bind(configuration.GetSection(ExperimentsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExperimentsOptions>, ExperimentsOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ExperimentReferences(sp.GetRequiredService<PromptLibrary>().Contains,
            sp.GetRequiredService<IOptions<GenGatewayOptions>>().Value.Providers.ContainsKey));
        services.TryAddSingleton(sp => new ExperimentCatalog(configuration, sp.GetRequiredService<ILogger<ExperimentCatalog>>(),
            sp.GetRequiredService<ExperimentReferences>()));
        services.TryAddSingleton<IExperimentStore>(sp => new FileExperimentStore(sp.GetRequiredService<IOptions<GenGatewayOptions>>().Value.DataDirectory));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUserRecords, ExperimentUserRecords>());
        services.TryAddSingleton<ExperimentGateway>();
        services.TryAddSingleton<ExperimentOutcomes>();
        services.TryAddSingleton<ExperimentReports>();
        return builder;
    }

    private sealed class ExperimentsOptionsValidation(ExperimentReferences references) : IValidateOptions<ExperimentsOptions>
    {
        public ValidateOptionsResult Validate(string? name, ExperimentsOptions options)
        {
            var errors = ExperimentsValidator.Validate(options).Concat(references.Check(options)).ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
