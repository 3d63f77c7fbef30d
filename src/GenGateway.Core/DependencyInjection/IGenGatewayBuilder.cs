using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Core.DependencyInjection;

/// <summary>Returned by <c>AddGenGateway</c> so providers and stores can be added with <c>AddXxx</c> extensions.</summary>
public interface IGenGatewayBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }
}
