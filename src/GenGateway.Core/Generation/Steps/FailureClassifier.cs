using System.Net.Sockets;
using GenGateway.Core.Chat;

namespace GenGateway.Core.Generation.Steps;

/// <summary>
/// Decides whether an exception from a provider call is that provider's failure (the next provider is tried and the
/// rules may fill in) or a bug in the gateway, which must surface as a 500 and never be blamed on a provider.
/// </summary>
internal static class FailureClassifier
{
    /// <summary>The exception as a provider failure, or null when it is a programming error.</summary>
    public static ProviderException? AsProviderFailure(string provider, Exception exception) => exception switch
    {
        ProviderException failure => failure,
        // Transport failures an adapter left unclassified are still the provider's.
        HttpRequestException or IOException or SocketException or TimeoutException =>
            new ProviderException(provider, ProviderFailureKind.Unavailable, exception.Message, inner: exception),
        _ => null,
    };
}
