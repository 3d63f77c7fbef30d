using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace GenGateway.Server.Hosting;

/// <summary>
/// Turns an exception that stopped the gateway from starting into one readable paragraph for the console: what is
/// wrong and, where it is known, what to do. The host has already logged the full exception.
/// </summary>
internal static class StartupFailure
{
    /// <summary>
    /// True when the gateway is its own process. Hosted in another process (WebApplicationFactory in tests), the
    /// exception must reach the host's owner instead of becoming an exit code.
    /// </summary>
    public static bool OwnsProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartupFailure).Assembly;

    /// <summary>The message to print, or null for exceptions that are not startup failures (the test host's own).</summary>
    public static string? Describe(Exception exception)
    {
        if (exception is HostAbortedException or OperationCanceledException)
        {
            return null;
        }

        if (Find<AddressInUseException>(exception) is not null
            || Find<SocketException>(exception) is { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            return $"{Root(exception).Message} Another process is listening there: stop it, or start the gateway on another "
                + "address, e.g. --urls http://127.0.0.1:8081.";
        }

        var text = new StringBuilder(exception.Message);
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!exception.Message.Contains(inner.Message, StringComparison.Ordinal))
            {
                text.Append(" (").Append(inner.Message).Append(')');
            }
        }

        return text.ToString();
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static Exception Root(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
}
