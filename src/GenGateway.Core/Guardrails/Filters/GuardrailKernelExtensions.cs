using GenGateway.Core.Guardrails;
using GenGateway.Core.Tasks.Replies;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Tone;
using Microsoft.Extensions.AI;
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
    /// function's answer with GenGateway's evaluators and repairs or withholds it, with reasons on the result. The
    /// tone evaluator's politeness model needs the MiniLM sentence encoder in the services (an
    /// <see cref="ISentenceEncoder"/>, or the embedder smart replies use): <c>MiniLmEmbeddingGenerator.Shared</c>.
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
        services.TryAddSingleton(sp => new EvaluatorSuite(new PolitenessScorer(SentenceEncoder(sp))));
        services.TryAddSingleton<EvaluationReviewer>();
        services.TryAddSingleton<IGuardrailJudge, NoJudge>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPromptRenderFilter, PiiRedactionRenderFilter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFunctionInvocationFilter, GuardrailInvocationFilter>());
        return services;
    }

    // The politeness model reads embeddings of the model its weights were fitted on (MiniLM), computed in process: a
    // registered encoder, else the one instance smart replies use (ReplySelector.EmbedderKey, else the default embedder).
    private static ISentenceEncoder SentenceEncoder(IServiceProvider services)
    {
        if (services.GetService<ISentenceEncoder>() is { } encoder)
        {
            return encoder;
        }

        var embedder = services.GetKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(ReplySelector.EmbedderKey)
            ?? services.GetService<IEmbeddingGenerator<string, Embedding<float>>>();
        return embedder?.GetService<ISentenceEncoder>()
            ?? throw new InvalidOperationException("the guardrail's politeness model needs the MiniLM sentence encoder: register MiniLmEmbeddingGenerator.Shared as ISentenceEncoder (or as the smart-reply embedder)");
    }
}
