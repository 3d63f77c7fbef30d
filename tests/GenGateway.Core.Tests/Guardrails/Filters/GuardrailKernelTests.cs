using GenGateway.Core.Guardrails;
using GenGateway.Core.Guardrails.Filters;
using GenGateway.Core.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Guardrails.Filters;

public sealed class GuardrailKernelTests
{
    [Fact]
    public async Task A_plain_kernel_with_the_guardrail_withholds_an_invented_price_and_says_why()
    {
        var model = new RecordingChatClient("Winter coats now 50% off, today only!");
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatClient>(model);
        builder.Services.AddSingleton<GenGateway.Evaluation.Tone.ISentenceEncoder>(GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        builder.AddGenGatewayGuardrail();
        var kernel = builder.Build();
        var write = kernel.CreateFunctionFromPrompt("Write one subject line about {{$product}} with the offer {{$offer}}.");

        var result = await kernel.InvokeAsync(write, new KernelArguments { ["product"] = "winter coats", ["offer"] = "20% off" });

        var verdict = Assert.IsType<GuardrailVerdict>(result.Metadata![GuardrailVerdict.MetadataKey]);
        var withheld = Assert.Single(verdict.Withheld);
        Assert.Equal("Winter coats now 50% off, today only!", withheld.Text);
        Assert.Contains(withheld.Reasons, r => r.StartsWith("grounding.", StringComparison.Ordinal) && r.Contains("50%", StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.GetValue<string>());
        Assert.Equal(1, model.Calls);
    }

    [Fact]
    public async Task A_grounded_answer_is_released_as_the_results_value()
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatClient>(new RecordingChatClient("Winter coats, 20% off"));
        builder.Services.AddSingleton<GenGateway.Evaluation.Tone.ISentenceEncoder>(GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        builder.AddGenGatewayGuardrail();
        var kernel = builder.Build();

        var result = await kernel.InvokePromptAsync("Write one subject line about {{$product}} with the offer {{$offer}}.",
            new KernelArguments { ["product"] = "winter coats", ["offer"] = "20% off" });

        Assert.Equal("Winter coats, 20% off", result.GetValue<string>());
        Assert.Empty(Assert.IsType<GuardrailVerdict>(result.Metadata![GuardrailVerdict.MetadataKey]).Withheld);
    }

    [Fact]
    public async Task Personal_data_in_the_rendered_prompt_never_reaches_the_model()
    {
        var model = new RecordingChatClient("Thanks, noted.");
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatClient>(model);
        builder.Services.AddSingleton<GenGateway.Evaluation.Tone.ISentenceEncoder>(GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        builder.AddGenGatewayGuardrail();
        var kernel = builder.Build();

        await kernel.InvokePromptAsync("<message role=\"user\">Reply to {{$from}}: {{$text}}</message>",
            new KernelArguments { ["from"] = "ana.lopez@example.com", ["text"] = "Call me on +1 415 555 0132" });

        var sent = Assert.Single(model.Messages);
        Assert.Equal(ChatRole.User, sent.Role);
        Assert.DoesNotContain("ana.lopez@example.com", sent.Text, StringComparison.Ordinal);
        Assert.Contains("[EMAIL]", sent.Text, StringComparison.Ordinal);
    }
}
