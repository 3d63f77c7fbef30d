using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Core.DependencyInjection;

internal sealed class GenGatewayBuilder(IServiceCollection services) : IGenGatewayBuilder
{
    public IServiceCollection Services { get; } = services;
}
