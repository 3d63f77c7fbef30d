using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Guardrails;

/// <summary>Registers the evaluation guardrail; <c>AddGenGateway</c> calls it, so every gateway reviews its output.</summary>
public static class GuardrailServiceCollectionExtensions
{
    /// <summary>Binds <c>GenGateway:Guardrail</c> and <c>GenGateway:Judge</c> (validated at startup) and registers <see cref="EvaluationReviewer"/>.</summary>
    public static IServiceCollection AddEvaluationGuardrail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GuardrailOptions>().Bind(configuration.GetSection(GuardrailOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GuardrailOptions>, GuardrailOptionsValidator>());
        services.AddOptions<JudgeOptions>().Bind(configuration.GetSection(JudgeOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JudgeOptions>, JudgeOptionsValidator>());
        services.TryAddSingleton<EvaluationReviewer>();
        services.TryAddSingleton<ICandidateReviewer>(sp => sp.GetRequiredService<EvaluationReviewer>());
        services.TryAddSingleton<IGuardrailJudge, LlmJudge>();
        // The same filters anyone can add to their own Kernel; the gateway's generation Kernel runs them too.
        services.AddGenGatewayGuardrail();
        return services;
    }
}
