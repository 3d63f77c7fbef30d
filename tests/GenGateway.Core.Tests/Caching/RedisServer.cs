using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GenGateway.Core.Caching;

/// <summary>
/// A throwaway Debian <c>redis-server</c> on a free loopback port, without persistence, for the tests that share a
/// second level between two gateway hosts. <c>./scripts/test.sh</c> installs the package where it is missing; when the
/// server cannot be started the tests fail saying so, they never skip.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    /// <summary>The StackExchange.Redis configuration string of the running server.</summary>
    public string Configuration { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Select(directory => Path.Combine(directory, "redis-server")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "redis-server is not installed; ./scripts/test.sh installs it (Debian: apt-get install redis-server).");
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", port.ToString(), "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var output = new StringBuilder();
        _process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Ready once it answers PING; bounded so a broken install fails the test with redis-server's own words.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                break;
            }

            if (await PingsAsync(port))
            {
                Configuration = $"127.0.0.1:{port}";
                return;
            }

            await Task.Delay(100);
        }

        string said;
        lock (output)
        {
            said = output.ToString().Trim();
        }

        throw new InvalidOperationException($"redis-server did not answer PING on 127.0.0.1:{port}: {said}");
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private static async Task<bool> PingsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
