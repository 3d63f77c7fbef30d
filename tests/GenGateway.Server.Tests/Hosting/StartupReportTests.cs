using GenGateway.Server.Hosting;
using GenGateway.Server.Tests.Fakes;
using Microsoft.Extensions.Configuration;

namespace GenGateway.Server.Tests.Hosting;

public sealed class StartupReportTests
{
    [Fact]
    public async Task The_gateway_says_what_it_prepares_and_then_where_it_listens_with_what_and_where_its_data_is()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-startup").FullName;
        await using var server = await ServerProcess.StartAsync(data);

        // The ready line is written once Kestrel listens; healthz answering can come a moment before it is flushed.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!server.Output.Any(line => line.Contains("data directory:", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var output = string.Join('\n', server.Output);
        Assert.Contains("Loading prompts from ", output, StringComparison.Ordinal);
        Assert.Contains("Building model providers: none (answers come from the rule-based generator", output, StringComparison.Ordinal);
        Assert.Contains("Opening the vector store (embedded at " + Path.Combine(data, "vectors") + ") with the minilm embedder", output, StringComparison.Ordinal);
        Assert.Contains("Loading the minilm embedding model", output, StringComparison.Ordinal);
        Assert.Contains("GenGateway is ready on " + server.BaseUrl, output, StringComparison.Ordinal);
        Assert.Contains("data directory: " + data, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_configured_folder_data_goes_to_the_users_data_folder_not_the_working_directory()
    {
        var resolved = DataDirectoryDefault.Resolve(new ConfigurationBuilder().Build());

        Assert.Equal("gengateway", Path.GetFileName(resolved));
        Assert.True(Path.IsPathRooted(resolved), resolved);
        Assert.False(resolved.StartsWith(Directory.GetCurrentDirectory(), StringComparison.Ordinal), resolved);
    }

    [Fact]
    public void A_configured_folder_wins_over_the_default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["GenGateway:DataDirectory"] = "/srv/gg" }).Build();

        Assert.Equal("/srv/gg", DataDirectoryDefault.Resolve(configuration));
    }
}
