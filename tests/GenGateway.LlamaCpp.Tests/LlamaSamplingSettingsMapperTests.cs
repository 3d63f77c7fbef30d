using System.Text.Json;
using GenGateway.LlamaCpp.Sampling;
using Microsoft.Extensions.AI;

namespace GenGateway.LlamaCpp;

public sealed class LlamaSamplingSettingsMapperTests
{
    [Fact]
    public void Null_options_give_the_defaults_with_the_configured_limit()
    {
        LlamaSamplingSettings settings = LlamaSamplingSettingsMapper.FromChatOptions(null, 77);

        Assert.Equal(new LlamaSamplingSettings { MaxTokens = 77 }, settings);
    }

    [Fact]
    public void Chat_options_and_additional_properties_map_to_samplers()
    {
        var options = new ChatOptions
        {
            Temperature = 0.3f,
            TopP = 0.8f,
            TopK = 12,
            Seed = 1234,
            MaxOutputTokens = 99,
            StopSequences = ["\n\n", ""],
            FrequencyPenalty = 0.5f,
            PresencePenalty = 0.25f,
            AdditionalProperties = new()
            {
                [LlamaSamplingSettingsMapper.MinPKey] = 0.1,
                [LlamaSamplingSettingsMapper.RepeatPenaltyKey] = "1.3",
                [LlamaSamplingSettingsMapper.RepeatLastNKey] = 32,
            },
        };

        LlamaSamplingSettings settings = LlamaSamplingSettingsMapper.FromChatOptions(options, 10);

        Assert.Equal(0.3f, settings.Temperature);
        Assert.Equal(0.8f, settings.TopP);
        Assert.Equal(12, settings.TopK);
        Assert.Equal(1234u, settings.Seed);
        Assert.Equal(99, settings.MaxTokens);
        Assert.Equal(["\n\n"], settings.StopSequences);
        Assert.Equal(0.5f, settings.FrequencyPenalty);
        Assert.Equal(0.25f, settings.PresencePenalty);
        Assert.Equal(0.1f, settings.MinP);
        Assert.Equal(1.3f, settings.RepeatPenalty);
        Assert.Equal(32, settings.RepeatLastN);
        Assert.Null(settings.Grammar);
    }

    [Fact]
    public void Json_format_selects_a_json_grammar_and_an_array_of_strings_schema_the_array_grammar()
    {
        using JsonDocument schema = JsonDocument.Parse("""{"type":"array","items":{"type":"string"}}""");

        string? plain = LlamaSamplingSettingsMapper.FromChatOptions(new ChatOptions { ResponseFormat = ChatResponseFormat.Json }, 1).Grammar;
        string? array = LlamaSamplingSettingsMapper.FromChatOptions(
            new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement) }, 1).Grammar;

        Assert.Equal(GbnfGrammars.Json, plain);
        Assert.Equal(GbnfGrammars.JsonArrayOfStrings, array);
    }

    [Fact]
    public void An_explicit_grammar_wins_over_the_response_format()
    {
        var options = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.Json,
            AdditionalProperties = new() { [LlamaSamplingSettingsMapper.GrammarKey] = "root ::= \"yes\" | \"no\"" },
        };

        Assert.Equal("root ::= \"yes\" | \"no\"", LlamaSamplingSettingsMapper.FromChatOptions(options, 1).Grammar);
    }

    [Fact]
    public void A_non_numeric_sampling_property_is_rejected()
    {
        var options = new ChatOptions { AdditionalProperties = new() { [LlamaSamplingSettingsMapper.MinPKey] = new object() } };

        Assert.Throws<ArgumentException>(() => LlamaSamplingSettingsMapper.FromChatOptions(options, 1));
    }

    [Fact]
    public void Array_grammar_bounds_items_and_lengths()
    {
        string grammar = GbnfGrammars.BuildJsonArrayOfStrings(3, 40);

        Assert.Contains("{0,2}", grammar, StringComparison.Ordinal);
        Assert.Contains("char{0,40}", grammar, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => GbnfGrammars.BuildJsonArrayOfStrings(0, 10));
    }
}
