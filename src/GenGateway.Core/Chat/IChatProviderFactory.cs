using GenGateway.Core.Configuration;
using Microsoft.Extensions.AI;

namespace GenGateway.Core.Chat;

/// <summary>Creates the raw <see cref="IChatClient"/> for one provider type; the router adds the resilience layers.</summary>
public interface IChatProviderFactory
{
    /// <summary>The <see cref="ProviderOptions.Type"/> this factory handles.</summary>
    string Type { get; }

    /// <summary>Creates a client for a configured provider.</summary>
    IChatClient Create(string name, ProviderOptions options);
}
