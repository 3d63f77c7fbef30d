using System.Net;
using System.Net.Sockets;
using GenGateway.Server.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Tests.Hosting;

public sealed class StartupFailureTests
{
    [Fact]
    public void A_busy_port_says_what_to_do()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var second = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var busy = Assert.Throws<SocketException>(() => second.Bind(listener.LocalEndpoint));
        var wrapped = new IOException("Failed to bind to address http://127.0.0.1:8080: address already in use.", busy);

        var message = StartupFailure.Describe(wrapped);

        Assert.NotNull(message);
        Assert.StartsWith("Failed to bind to address http://127.0.0.1:8080", message, StringComparison.Ordinal);
        Assert.Contains("--urls http://127.0.0.1:8081", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_settings_name_the_key_and_every_failure()
    {
        var invalid = new OptionsValidationException("GenGateway", typeof(object),
            ["GenGateway:Providers:x:Type 'weird' is unknown", "GenGateway:Providers:x:Model is required."]);

        var message = StartupFailure.Describe(invalid);

        Assert.Contains("GenGateway:Providers:x:Type 'weird' is unknown", message, StringComparison.Ordinal);
        Assert.Contains("GenGateway:Providers:x:Model is required.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inner_reasons_are_kept_once()
    {
        var failure = new InvalidOperationException("Failed to convert 'maybe' at 'GenGateway:RulesFallback'.",
            new FormatException("maybe is not a valid value for Boolean."));

        Assert.Equal("Failed to convert 'maybe' at 'GenGateway:RulesFallback'. (maybe is not a valid value for Boolean.)",
            StartupFailure.Describe(failure));
    }

    [Fact]
    public void The_test_hosts_own_abort_is_not_a_startup_failure()
    {
        Assert.Null(StartupFailure.Describe(new HostAbortedException()));
    }
}
