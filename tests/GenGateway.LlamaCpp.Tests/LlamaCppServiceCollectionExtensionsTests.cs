using GenGateway.LlamaCpp.Chat;
using GenGateway.LlamaCpp.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenGateway.LlamaCpp;

[Collection(LlamaCollection.Name)]
public sealed class LlamaCppServiceCollectionExtensionsTests(LlamaModelFixture fixture)
{
    [Fact]
    public async Task Configuration_section_registers_keyed_chat_client_and_embedder()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GenGateway:LlamaCpp:ModelPath"] = fixture.ChatModelPath,
            ["GenGateway:LlamaCpp:EmbeddingModelPath"] = fixture.EmbeddingModelPath,
            ["GenGateway:LlamaCpp:ContextSize"] = "256",
            ["GenGateway:LlamaCpp:BatchSize"] = "64",
            ["GenGateway:LlamaCpp:Threads"] = "2",
            ["GenGateway:LlamaCpp:MaxConcurrency"] = "2",
        }).Build();
        await using ServiceProvider provider = new ServiceCollection()
            .AddLlamaCpp(configuration.GetSection("GenGateway:LlamaCpp"))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        IChatClient chat = provider.GetRequiredKeyedService<IChatClient>(LlamaCppServiceKeys.Local);
        IEmbeddingGenerator<string, Embedding<float>> embedder =
            provider.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(LlamaCppServiceKeys.Local);

        Assert.Same(provider.GetRequiredService<LlamaChatClient>(), chat);
        Assert.Equal(2, provider.GetRequiredService<IOptions<LlamaCppOptions>>().Value.MaxConcurrency);
        ChatResponse response = await chat.GetResponseAsync("hi", new ChatOptions { Temperature = 0, MaxOutputTokens = 3 });
        Assert.Equal(3, response.Usage!.OutputTokenCount);
        Assert.Equal(64, (await embedder.GenerateAsync("hi")).Vector.Length);
    }

    [Fact]
    public void Validator_prefixes_failures_with_the_section_name()
    {
        var validator = new LlamaCppOptionsValidator();

        ValidateOptionsResult bad = validator.Validate(null, new LlamaCppOptions { ContextSize = 1 });

        Assert.True(bad.Failed);
        Assert.Contains("LlamaCpp:ContextSize", bad.FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new LlamaCppOptions()).Succeeded);
    }

    [Fact]
    public void A_missing_model_file_is_an_options_error_not_a_crash()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddLlamaCpp(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ModelPath"] = "/no/such/model.gguf" })
                .Build())
            .BuildServiceProvider();

        OptionsValidationException error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<LlamaChatClient>());

        Assert.Contains("ModelPath '/no/such/model.gguf' does not exist", error.Message, StringComparison.Ordinal);
    }
}
