using GenGateway.Core.Chat;
using GenGateway.Core.DependencyInjection;
using GenGateway.Providers.Anthropic;
using GenGateway.Providers.OpenAI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenGateway.Providers.DependencyInjection;

/// <summary>Registers the hosted model providers.</summary>
public static class ProvidersGenGatewayBuilderExtensions
{
    /// <summary>Makes provider types <c>openai</c> and <c>anthropic</c> available to configuration.</summary>
    public static IGenGatewayBuilder AddHostedProviders(this IGenGatewayBuilder builder)
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatProviderFactory, OpenAIChatProviderFactory>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatProviderFactory, AnthropicChatProviderFactory>());
        return builder;
    }
}
