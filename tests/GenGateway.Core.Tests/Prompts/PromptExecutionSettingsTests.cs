namespace GenGateway.Core.Prompts;

public sealed class PromptExecutionSettingsTests
{
    [Fact]
    public void Settings_without_a_chat_options_slot_are_passed_on_as_additional_properties()
    {
        var (function, errors) = PromptFileParser.Parse("local.yaml", """
            name: local
            template: |
              <message role="user">Hi</message>
            execution_settings:
              local:
                temperature: 0.6
                top_k: 30
                presence_penalty: 0.5
                min_p: 0.1
                repeat_penalty: 1.1
            """);

        Assert.Empty(errors);
        var options = function!.SettingsFor("local").ToChatOptions();

        Assert.Equal(0.6f, options.Temperature);
        Assert.Equal(30, options.TopK);
        Assert.Equal(0.5f, options.PresencePenalty);
        Assert.Equal("0.1", options.AdditionalProperties!["min_p"]);
        Assert.Equal("1.1", options.AdditionalProperties["repeat_penalty"]);
    }

    [Fact]
    public void Settings_with_only_typed_values_add_no_additional_properties()
    {
        var options = new PromptExecutionSettings { Temperature = 0.2f, Seed = 42 }.ToChatOptions();

        Assert.Null(options.AdditionalProperties);
        Assert.Equal(42, options.Seed);
    }
}
