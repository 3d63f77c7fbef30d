using GenGateway.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace GenGateway.Core.Tests.Configuration;

public sealed class EnvironmentProviderDefaultsTests
{
    private static GenGatewayOptions Apply(Dictionary<string, string?> settings, GenGatewayOptions? options = null)
    {
        options ??= new GenGatewayOptions();
        new EnvironmentProviderDefaults(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).PostConfigure(null, options);
        return options;
    }

    [Fact]
    public void Local_model_variable_turns_on_the_local_provider_without_retries()
    {
        var options = Apply(new() { ["GENGATEWAY_LOCAL_MODEL"] = "/models/qwen.gguf" });

        var local = options.Providers[EnvironmentProviderDefaults.LocalProviderName];
        Assert.Equal(ProviderTypes.LlamaCpp, local.Type);
        Assert.Equal("/models/qwen.gguf", local.Model);
        Assert.Equal(0, local.MaxRetries);
        Assert.Equal(EnvironmentProviderDefaults.LocalTimeoutSeconds, local.TimeoutSeconds);
    }

    [Fact]
    public void Configured_model_path_wins_over_the_variable()
    {
        var options = Apply(new()
        {
            ["GENGATEWAY_LOCAL_MODEL"] = "/models/env.gguf",
            ["GenGateway:LlamaCpp:ModelPath"] = "/models/config.gguf",
        });

        Assert.Equal("/models/config.gguf", options.Providers["local"].Model);
    }

    [Fact]
    public void Hosted_key_and_local_model_put_the_hosted_provider_first()
    {
        var options = Apply(new() { ["OPENAI_API_KEY"] = "sk-test", ["GENGATEWAY_LOCAL_MODEL"] = "/models/qwen.gguf" });

        Assert.Equal([ProviderTypes.OpenAI, "local"], options.Providers.Keys);
    }

    [Fact]
    public void An_explicit_local_provider_is_left_as_configured()
    {
        var explicitLocal = new ProviderOptions { Type = ProviderTypes.OpenAI, Model = "llama3", BaseUrl = "http://localhost:11434/v1", ApiKey = "x" };
        var configured = new GenGatewayOptions();
        configured.Providers["local"] = explicitLocal;

        var options = Apply(new() { ["GENGATEWAY_LOCAL_MODEL"] = "/models/qwen.gguf" }, configured);

        Assert.Same(explicitLocal, options.Providers["local"]);
    }

    [Fact]
    public void Nothing_set_adds_no_provider()
    {
        Assert.Empty(Apply(new() { ["GENGATEWAY_LOCAL_MODEL"] = string.Empty }).Providers);
    }
}
