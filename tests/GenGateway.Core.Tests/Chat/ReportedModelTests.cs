using GenGateway.Core.Configuration;

namespace GenGateway.Core.Chat;

public sealed class ReportedModelTests
{
    [Fact]
    public void Local_gguf_is_reported_by_file_name_not_path()
    {
        var local = new ProviderOptions { Type = ProviderTypes.LlamaCpp, Model = "/srv/models/qwen2.5-1.5b-instruct-q4_k_m.gguf" };

        Assert.Equal("qwen2.5-1.5b-instruct-q4_k_m", ModelRouter.ReportedModel("local", local));
    }

    [Fact]
    public void Hosted_model_id_is_reported_as_configured_and_a_missing_one_by_provider_name()
    {
        Assert.Equal("gpt-4o-mini", ModelRouter.ReportedModel("openai", new ProviderOptions { Model = "gpt-4o-mini" }));
        Assert.Equal("openai", ModelRouter.ReportedModel("openai", new ProviderOptions()));
    }
}
