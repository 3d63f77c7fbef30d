using GenGateway.Core.Caching;
using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.Core.Feedback;
using GenGateway.Core.Guardrails;
using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Prompts;
using GenGateway.Core.Tasks;
using GenGateway.Core.Tasks.Replies;
using GenGateway.Evaluation.Relevance;
using Microsoft.Extensions.AI;
using GenGateway.Core.Validation;
using GenGateway.Resilience.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.DependencyInjection;

/// <summary>Registers the gateway's core services.</summary>
public static class GenGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the generation pipeline, prompt library, model router and rule-based tasks, bound to the
    /// <c>GenGateway</c> configuration section and validated at startup.
    /// </summary>
    public static IGenGatewayBuilder AddGenGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GenGatewayOptions>()
            .Bind(configuration.GetSection(GenGatewayOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<GenGatewayOptions>>(new EnvironmentProviderDefaults(configuration)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GenGatewayOptions>, GenGatewayOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddOutboundResilience();
        services.AddAnswerCache(configuration);
        services.TryAddSingleton(new RequestLimits());
        services.TryAddSingleton<RequestValidator>();
        services.TryAddSingleton<IPersonalizationSource, NoPersonalizationSource>();
        services.TryAddSingleton<IConsentReader, NoConsentRecords>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITaskDefinition, SubjectLineTask>());
        // Smart replies score with the embedder their relevance model was fitted on: a host registers it under
        // ReplySelector.EmbedderKey (profiles do: MiniLM), else the default embedder must be that model.
        services.TryAddSingleton(sp => new ReplySelector(
            sp.GetKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(ReplySelector.EmbedderKey) ?? sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            ReplyRelevanceModel.BuiltIn));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITaskDefinition, SmartReplyTask>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITaskDefinition, UiCopyTask>());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GenGatewayOptions>>().Value;
            var directory = options.PromptsDirectory ?? Path.Combine(AppContext.BaseDirectory, "prompts");
            var required = sp.GetServices<ITaskDefinition>().Select(t => t.PromptName);
            return PromptLibrary.LoadDirectory(directory, required);
        });
        services.AddEvaluationGuardrail(configuration);
        services.TryAddSingleton(new GenerationLedger());
        services.TryAddSingleton(sp => new FeedbackLog(sp.GetRequiredService<IOptions<GenGatewayOptions>>().Value.DataDirectory));
        services.TryAddSingleton<FeedbackService>();
        services.TryAddSingleton<ModelRouter>();
        services.TryAddSingleton<GatewayKernel>();
        services.TryAddSingleton<GenerationPipeline>();
        return new GenGatewayBuilder(services);
    }
}
