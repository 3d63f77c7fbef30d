using System.Text.Json;
using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.LlamaCpp.Gateway;
using GenGateway.LlamaCpp.Sampling;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenGateway.LlamaCpp;

/// <summary>The gateway's <c>llamacpp</c> provider type on the fixture's tiny model.</summary>
[Collection(LlamaCollection.Name)]
public sealed class LlamaCppChatProviderFactoryTests(LlamaModelFixture fixture)
{
    private static readonly ChatMessage[] Conversation = [new(ChatRole.User, "Three subject lines for a winter coat sale.")];

    private static LlamaCppChatProviderFactory Factory(int contextSize = 512) => new(
        Options.Create(new LlamaCppOptions { ContextSize = contextSize, BatchSize = 64, Threads = 2 }),
        NullLogger<LlamaCppChatProviderFactory>.Instance);

    private IChatClient Create(int contextSize = 512) =>
        Factory(contextSize).Create("local", new ProviderOptions { Type = ProviderTypes.LlamaCpp, Model = fixture.ChatModelPath });

    [Theory]
    [InlineData(1, 2, 12)]
    [InlineData(2, 3, 20)]
    [InlineData(3, 1, 8)]
    public async Task Candidate_hints_bound_the_json_array_by_count_and_length(long seed, int count, int maxLength)
    {
        using IChatClient client = Create();
        var options = new ChatOptions
        {
            Temperature = 1.0f, TopK = 0, TopP = 1, Seed = seed, MaxOutputTokens = 400,
            AdditionalProperties = new() { [CandidateFormat.CountKey] = count, [CandidateFormat.MaxLengthKey] = maxLength },
        };

        ChatResponse response = await client.GetResponseAsync(Conversation, options);

        using JsonDocument json = JsonDocument.Parse(response.Text);
        Assert.InRange(json.RootElement.GetArrayLength(), 1, count);
        Assert.All(json.RootElement.EnumerateArray(), item => Assert.InRange(item.GetString()!.Length, 0, maxLength));
        Assert.All(json.RootElement.EnumerateArray(), item => Assert.DoesNotContain(item.GetString()!, char.IsControl));
    }

    [Fact]
    public void Without_hints_or_with_a_chosen_format_the_options_are_left_alone()
    {
        var plain = new ChatOptions { Temperature = 0 };
        var chosen = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.Json,
            AdditionalProperties = new() { [CandidateFormat.CountKey] = 3, [CandidateFormat.MaxLengthKey] = 60 },
        };

        Assert.Same(plain, CandidateGrammarChatClient.Constrain(plain));
        Assert.Same(chosen, CandidateGrammarChatClient.Constrain(chosen));
        Assert.Null(CandidateGrammarChatClient.Constrain(null));
    }

    [Fact]
    public void Hints_add_a_grammar_without_touching_the_callers_options()
    {
        var options = new ChatOptions { AdditionalProperties = new() { [CandidateFormat.CountKey] = 4, [CandidateFormat.MaxLengthKey] = 50 } };

        ChatOptions constrained = CandidateGrammarChatClient.Constrain(options)!;

        Assert.Equal(GbnfGrammars.BuildJsonArrayOfStrings(4, 50), constrained.AdditionalProperties![LlamaSamplingSettingsMapper.GrammarKey]);
        Assert.False(options.AdditionalProperties.ContainsKey(LlamaSamplingSettingsMapper.GrammarKey));
    }

    [Fact]
    public async Task A_prompt_that_does_not_fit_is_a_provider_failure_the_chain_can_skip()
    {
        using IChatClient client = Create(contextSize: 64);
        string longText = string.Join(' ', Enumerable.Repeat("winter coats on sale", 300));

        ProviderException error = await Assert.ThrowsAsync<ProviderException>(
            () => client.GetResponseAsync([new ChatMessage(ChatRole.User, longText)]));

        Assert.Equal("local", error.Provider);
        Assert.Equal(ProviderFailureKind.Rejected, error.Kind);
        Assert.Contains("context holds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_llama_cpp_rejects_fails_creation_naming_the_provider()
    {
        string truncated = Path.Combine(fixture.WorkDirectory, "truncated-for-factory.gguf");
        byte[] bytes = File.ReadAllBytes(fixture.ChatModelPath);
        File.WriteAllBytes(truncated, bytes.AsSpan(0, bytes.Length / 2).ToArray());

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Factory().Create(
            "edge", new ProviderOptions { Type = ProviderTypes.LlamaCpp, Model = truncated }));

        Assert.StartsWith("GenGateway:Providers:edge (llamacpp) cannot start:", error.Message, StringComparison.Ordinal);
        Assert.Contains(truncated, error.Message, StringComparison.Ordinal);
        Assert.IsType<LlamaModelLoadException>(error.InnerException);
    }

    [Fact]
    public void The_first_context_is_created_at_startup()
    {
        using IChatClient client = Create();

        Assert.Equal(1, client.GetService<Chat.LlamaChatClient>()!.Pool.ContextCount);
    }
}
