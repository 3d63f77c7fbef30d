using System.Diagnostics;

namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>Runs the built <c>gengateway</c> executable as a separate process, from the CLI project's own output.</summary>
/// <remarks>
/// Not the copy beside the tests: this test project also references ASP.NET Core's shared framework, so the build
/// leaves out of its folder the extension assemblies the CLI (which runs on the base framework only) loads from NuGet.
/// </remarks>
public static class CliProcess
{
    private static readonly Lazy<string> Executable = new(Find);

    public static Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), args);

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Executable.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain output, as in CI; no keys from the developer's environment leak into the run.
        start.Environment["CI"] = "true";
        start.Environment.Remove("OPENAI_API_KEY");
        start.Environment.Remove("ANTHROPIC_API_KEY");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"gengateway {string.Join(' ', args)} did not finish in 2 minutes: {await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string Find()
    {
        // The tests run from tests/<project>/bin/<configuration>/<tfm>/; the CLI was built (a project reference) to
        // src/GenGateway.Cli/bin/<configuration>/<tfm>/.
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!;
        var repo = configuration.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(repo.FullName, "src", "GenGateway.Cli", "bin", configuration.Name, tfm.Name, "gengateway.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"the gengateway CLI was not built where expected: {path}");
    }
}
