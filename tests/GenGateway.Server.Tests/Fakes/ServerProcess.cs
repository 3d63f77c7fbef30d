using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GenGateway.Server.Tests.Fakes;

/// <summary>The real gateway as a child process on a loopback port, so a test can kill it with SIGKILL and restart it.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>Where it listens.</summary>
    public string BaseUrl { get; }

    /// <summary>Every line the process wrote to stdout and stderr (its console log) so far.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    /// <summary>Starts <c>GenGateway.Server.dll</c> from the test output with <paramref name="dataDirectory"/> and waits until it is healthy.</summary>
    public static async Task<ServerProcess> StartAsync(string dataDirectory)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "GenGateway.Server.dll");
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.ArgumentList.Add($"--GenGateway:DataDirectory={dataDirectory}");
        foreach (var variable in new[] { "OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY", "QDRANT_URL", "QDRANT_API_KEY", "GENGATEWAY_MODEL", "GENGATEWAY_LOCAL_MODEL" })
        {
            start.Environment[variable] = string.Empty;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the gateway process");
        var server = new ServerProcess(process, baseUrl);
        process.OutputDataReceived += (_, line) => server.Output.Enqueue(line.Data ?? string.Empty);
        process.ErrorDataReceived += (_, line) => server.Output.Enqueue(line.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the gateway exited with code {process.ExitCode} during start-up");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await server.DisposeAsync();
        throw new TimeoutException("the gateway did not become healthy within 60 s");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; only what was durable survives.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
