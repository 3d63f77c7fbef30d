using GenGateway.Core.Prompts;
using GenGateway.Server.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Tests.Apis;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task Broken_prompt_file_stops_startup_naming_file_and_line()
    {
        var prompts = Directory.CreateTempSubdirectory("prompts").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "prompts")))
        {
            File.Copy(file, Path.Combine(prompts, Path.GetFileName(file)));
        }

        var broken = Path.Combine(prompts, "ui-copy.yaml");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("{{$goal}}", "{{$gaol}}", StringComparison.Ordinal));
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?> { ["GenGateway:PromptsDirectory"] = prompts });

        var ex = Assert.Throws<PromptLoadException>(() => factory.CreateClient());

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith("ui-copy.yaml", error.File, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
        Assert.Contains("'$gaol'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_provider_settings_stop_startup_naming_the_key()
    {
        await using var factory = GatewayFactory.Create(new Dictionary<string, string?>
        {
            ["GenGateway:Providers:x:Type"] = "gpt5",
            ["GenGateway:Providers:x:Model"] = "m",
            ["GenGateway:ProviderOrder:0"] = "y",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(ex.Failures, f => f.Contains("GenGateway:Providers:x:Type", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("GenGateway:ProviderOrder names 'y'", StringComparison.Ordinal));
    }
}
