using System.Text;
using System.Text.Json;
using GenGateway.LlamaCpp.Chat;
using GenGateway.LlamaCpp.Sampling;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp;

/// <summary>End-to-end generation on the fixture's tiny random-weight llama model.</summary>
[Collection(LlamaCollection.Name)]
public sealed class LlamaChatClientTests(LlamaModelFixture fixture)
{
    private static readonly ChatMessage[] Conversation =
    [
        new(ChatRole.System, "You write email subject lines."),
        new(ChatRole.User, "Three subject lines for a winter coat sale."),
    ];

    private LlamaChatClient CreateClient(int maxConcurrency = 1) =>
        LlamaChatClient.Create(new LlamaCppOptions
        {
            ModelPath = fixture.ChatModelPath,
            ContextSize = 512,
            Threads = 2,
            BatchSize = 64,
            MaxConcurrency = maxConcurrency,
            DefaultMaxOutputTokens = 24,
        });

    [Fact]
    public async Task GetResponseAsync_greedy_is_deterministic_and_reports_usage()
    {
        using LlamaChatClient client = CreateClient();
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 16 };

        ChatResponse first = await client.GetResponseAsync(Conversation, options);
        ChatResponse second = await client.GetResponseAsync(Conversation, options);

        Assert.False(string.IsNullOrEmpty(first.Text));
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(16, first.Usage!.OutputTokenCount);
        Assert.True(first.Usage.InputTokenCount > 10);
        Assert.Equal(ChatFinishReason.Length, first.FinishReason);
        Assert.Equal("tiny-chat", first.ModelId);
    }

    [Fact]
    public async Task The_prompt_is_the_conversation_in_the_ggufs_own_chat_template()
    {
        using LlamaChatClient client = CreateClient();
        var model = (LlamaModel)client.GetService(typeof(LlamaModel))!;
        string chatMl =
            "<|im_start|>system\nYou write email subject lines.<|im_end|>\n" +
            "<|im_start|>user\nThree subject lines for a winter coat sale.<|im_end|>\n<|im_start|>assistant\n";
        string plain = "System: You write email subject lines.\nUser: Three subject lines for a winter coat sale.\nAssistant: ";

        ChatResponse response = await client.GetResponseAsync(Conversation, new ChatOptions { Temperature = 0, MaxOutputTokens = 1 });

        // LLamaSharp's AsChatClient() would decode the plain rendering; the gateway decodes the model's ChatML.
        Assert.Equal(model.Tokenize(chatMl, addSpecial: true, parseSpecial: true).Length, response.Usage!.InputTokenCount);
        Assert.NotEqual(model.Tokenize(plain, addSpecial: true).Length, response.Usage.InputTokenCount);
    }

    [Fact]
    public async Task Seeded_sampling_repeats_and_another_seed_differs()
    {
        using LlamaChatClient client = CreateClient();
        ChatOptions Seeded(long seed) => new() { Temperature = 1.0f, TopK = 0, TopP = 1, Seed = seed, MaxOutputTokens = 20 };

        string a = (await client.GetResponseAsync(Conversation, Seeded(1))).Text;
        string b = (await client.GetResponseAsync(Conversation, Seeded(1))).Text;
        string c = (await client.GetResponseAsync(Conversation, Seeded(2))).Text;

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task Streaming_yields_the_same_text_as_the_whole_response()
    {
        using LlamaChatClient client = CreateClient();
        var options = new ChatOptions { Temperature = 0.7f, Seed = 11, MaxOutputTokens = 20 };
        string whole = (await client.GetResponseAsync(Conversation, options)).Text;

        var streamed = new StringBuilder();
        int updates = 0;
        ChatFinishReason? finish = null;
        UsageDetails? usage = null;
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Conversation, options))
        {
            updates++;
            streamed.Append(update.Text);
            finish ??= update.FinishReason;
            usage ??= update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details;
        }

        Assert.Equal(whole, streamed.ToString());
        Assert.True(updates > 5, $"only {updates} updates: the text was not streamed token by token");
        Assert.Equal(ChatFinishReason.Length, finish);
        Assert.Equal(20, usage!.OutputTokenCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Grammar_forces_a_json_array_of_strings(long seed)
    {
        using LlamaChatClient client = CreateClient();
        var options = new ChatOptions
        {
            Temperature = 1.0f,
            TopK = 0,
            TopP = 1,
            Seed = seed,
            MaxOutputTokens = 200,
            AdditionalProperties = new() { [LlamaSamplingSettingsMapper.GrammarKey] = GbnfGrammars.BuildJsonArrayOfStrings(3, 12) },
        };

        ChatResponse response = await client.GetResponseAsync(Conversation, options);

        using JsonDocument json = JsonDocument.Parse(response.Text);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.InRange(json.RootElement.GetArrayLength(), 1, 3);
        Assert.All(json.RootElement.EnumerateArray(), item => Assert.Equal(JsonValueKind.String, item.ValueKind));
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
    }

    [Fact]
    public async Task Json_response_format_produces_parseable_json()
    {
        using LlamaChatClient client = CreateClient();
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 40, ResponseFormat = ChatResponseFormat.Json };

        ChatResponse response = await client.GetResponseAsync(Conversation, options);

        // The generic JSON grammar does not bound lengths, so a 40-token cut may end inside a value; a finished
        // answer must parse, and an unfinished one must still have started as a JSON document (without the grammar
        // this random model starts with arbitrary word pieces).
        Assert.Contains(response.Text[0], "{[");
        if (response.FinishReason == ChatFinishReason.Stop)
        {
            using JsonDocument json = JsonDocument.Parse(response.Text);
        }
    }

    [Fact]
    public async Task Stop_sequence_cuts_the_output_before_it()
    {
        using LlamaChatClient client = CreateClient();
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 24 };
        string full = (await client.GetResponseAsync(Conversation, options)).Text;
        Assert.True(full.Length >= 12, $"greedy output too short to pick a stop sequence from: '{full}'");
        string stop = full.Substring(full.Length / 2, 3);

        options.StopSequences = [stop];
        ChatResponse stopped = await client.GetResponseAsync(Conversation, options);

        Assert.Equal(full[..full.IndexOf(stop, StringComparison.Ordinal)], stopped.Text);
        Assert.Equal(ChatFinishReason.Stop, stopped.FinishReason);
    }

    [Fact]
    public async Task Cancelling_a_stream_frees_the_slot()
    {
        using LlamaChatClient client = CreateClient();
        using var cts = new CancellationTokenSource();
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(
                Conversation, new ChatOptions { MaxOutputTokens = 400 }, cts.Token))
            {
                if (++seen == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.Equal(0, client.Pool.InUse);
        ChatResponse after = await client.GetResponseAsync(Conversation, new ChatOptions { Temperature = 0, MaxOutputTokens = 4 });
        Assert.Equal(4, after.Usage!.OutputTokenCount);
    }

    [Fact]
    public async Task Abandoning_a_stream_early_frees_the_slot()
    {
        using LlamaChatClient client = CreateClient();
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Conversation, new ChatOptions { MaxOutputTokens = 400 }))
        {
            break;
        }

        Assert.Equal(0, client.Pool.InUse);
    }

    [Fact]
    public async Task Waiting_request_cancelled_in_the_queue_does_not_take_a_slot()
    {
        using LlamaChatClient client = CreateClient(maxConcurrency: 1);
        Task<ChatResponse> running = client.GetResponseAsync(Conversation, new ChatOptions { Temperature = 0, MaxOutputTokens = 60 });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.GetResponseAsync(Conversation, new ChatOptions { MaxOutputTokens = 60 }, cts.Token));
        await running;

        Assert.Equal(0, client.Pool.InUse);
        Assert.Equal(1, client.Pool.ContextCount);
    }

    [Fact]
    public async Task Concurrent_requests_share_one_model_through_the_pool()
    {
        using LlamaChatClient client = CreateClient(maxConcurrency: 2);
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 12 };

        ChatResponse[] responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetResponseAsync(Conversation, options)));

        Assert.Single(responses.Select(r => r.Text).Distinct());
        Assert.InRange(client.Pool.ContextCount, 1, 2);
        Assert.Equal(0, client.Pool.InUse);
    }

    [Fact]
    public async Task Prompt_longer_than_the_context_is_a_clear_error()
    {
        using LlamaChatClient client = LlamaChatClient.Create(new LlamaCppOptions
        {
            ModelPath = fixture.ChatModelPath, ContextSize = 64, BatchSize = 64, Threads = 2,
        });
        string longText = string.Join(' ', Enumerable.Repeat("winter coats on sale", 300));

        LlamaCppException error = await Assert.ThrowsAsync<LlamaCppException>(
            () => client.GetResponseAsync([new ChatMessage(ChatRole.User, longText)]));

        Assert.Contains("context holds", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, client.Pool.InUse);
    }

    [Fact]
    public void Chat_template_comes_from_the_gguf_metadata()
    {
        using LlamaChatClient client = CreateClient();
        var model = (LlamaModel)client.GetService(typeof(LlamaModel))!;

        string prompt = model.ApplyChatTemplate([("system", "Be brief."), ("user", "Hi")]);

        Assert.Contains("<|im_start|>", model.ChatTemplate, StringComparison.Ordinal);
        Assert.Equal("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n", prompt);
    }

    [Fact]
    public void GetService_exposes_metadata_and_the_client()
    {
        using LlamaChatClient client = CreateClient();

        var metadata = (ChatClientMetadata)client.GetService(typeof(ChatClientMetadata))!;

        Assert.Equal("llama.cpp (LLamaSharp)", metadata.ProviderName);
        Assert.Equal("tiny-chat", metadata.DefaultModelId);
        Assert.Same(client, client.GetService(typeof(IChatClient)));
        Assert.Null(client.GetService(typeof(IChatClient), "other-key"));
    }
}
