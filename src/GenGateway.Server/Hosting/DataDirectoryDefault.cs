namespace GenGateway.Server.Hosting;

/// <summary>
/// Where the gateway keeps its data when <c>GenGateway:DataDirectory</c> is not set: the user's data folder
/// (<c>$XDG_DATA_HOME/gengateway</c>, else <c>~/.local/share/gengateway</c> on Linux and macOS,
/// <c>%LOCALAPPDATA%\gengateway</c> on Windows), so a plain <c>dotnet run</c> never writes into the source tree.
/// </summary>
internal static class DataDirectoryDefault
{
    /// <summary>The configured data directory, or the per-user default.</summary>
    public static string Resolve(IConfiguration configuration) =>
        configuration["GenGateway:DataDirectory"] is { Length: > 0 } configured ? configured : Default();

    private static string Default()
    {
        var root = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(root) ? Path.GetFullPath("data") : Path.Combine(root, "gengateway");
    }
}
