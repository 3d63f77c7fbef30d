using GenGateway.Core.Guardrails;
using GenGateway.Core.Guardrails.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.SemanticKernel;

/// <summary>Puts GenGateway's guardrail into any SK Kernel.</summary>
public static class GuardrailKernelExtensions
{
    /// <summary>
    /// Adds the guardrail filters to a Kernel: an <see cref="IPromptRenderFilter"/> that redacts personal data from
    /// the rendered prompt, and an <see cref="IFunctionInvocationFilter"/> that evaluates each candidate of a
    /// function's answer with GenGateway's evaluators and repairs or withholds it, with reasons on the result.
    /// </summary>
    public static IKernelBuilder AddGenGatewayGuardrail(this IKernelBuilder builder, Action<GuardrailFilterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGenGatewayGuardrail(configure);
        return builder;
    }

    /// <summary>The same as <see cref="AddGenGatewayGuardrail(IKernelBuilder, Action{GuardrailFilterOptions}?)"/>, for the services a Kernel is resolved from.</summary>
    public static IServiceCollection AddGenGatewayGuardrail(this IServiceCollection services, Action<GuardrailFilterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new GuardrailFilterOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.AddOptions<GuardrailOptions>();
        services.TryAddSingleton<EvaluationReviewer>();
        services.TryAddSingleton<IGuardrailJudge, NoJudge>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPromptRenderFilter, PiiRedactionRenderFilter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFunctionInvocationFilter, GuardrailInvocationFilter>());
        return services;
    }
}
