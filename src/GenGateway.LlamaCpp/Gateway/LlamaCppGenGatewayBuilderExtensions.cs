using GenGateway.Core.Chat;
using GenGateway.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenGateway.LlamaCpp.Gateway;

/// <summary>Plugs the in-process llama.cpp provider into the gateway.</summary>
public static class LlamaCppGenGatewayBuilderExtensions
{
    /// <summary>Configuration section of <see cref="LlamaCppOptions"/>.</summary>
    public const string SectionPath = "GenGateway:LlamaCpp";

    /// <summary>
    /// Makes provider type <c>llamacpp</c> available to configuration, with <see cref="LlamaCppOptions"/> bound from
    /// <c>GenGateway:LlamaCpp</c> and validated at startup. <c>GenGateway:LlamaCpp:ModelPath</c> or
    /// <c>GENGATEWAY_LOCAL_MODEL</c> adds the provider <c>local</c> (see <c>EnvironmentProviderDefaults</c>).
    /// </summary>
    public static IGenGatewayBuilder AddLocalModel(this IGenGatewayBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.Services.AddLlamaCpp(configuration.GetSection(SectionPath));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatProviderFactory, LlamaCppChatProviderFactory>());
        return builder;
    }
}
