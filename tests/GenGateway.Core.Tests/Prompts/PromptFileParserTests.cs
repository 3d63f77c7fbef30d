using GenGateway.Core.Prompts;

namespace GenGateway.Core.Prompts;

public sealed class PromptFileParserTests
{
    private const string Valid = """
        name: greet
        description: Says hello.
        template_format: semantic-kernel
        template: |
          <message role="system">Be brief.</message>
          <message role="user">Hello {{$name}}, {{ $topic }}</message>
        input_variables:
          - name: name
            description: Who.
          - name: topic
            default: weather
            allow_unsafe_content: true
        execution_settings:
          default:
            temperature: 0.2
            max_tokens: 50
          gpt:
            model_id: gpt-4o-mini
            temperature: 0.9
        """;

    [Fact]
    public void Loads_every_field_into_sks_prompt_template_config()
    {
        var (function, errors) = PromptFileParser.Parse("greet.yaml", Valid);

        Assert.Empty(errors);
        Assert.NotNull(function);
        Assert.Equal("greet", function.Name);
        Assert.Equal("greet", function.Function.Name);
        Assert.Equal(2, function.Config.InputVariables.Count);
        Assert.Equal("weather", function.Config.InputVariables[1].Default);
        Assert.True(function.Config.InputVariables[1].AllowDangerouslySetContent, "allow_unsafe_content is read as allow_dangerously_set_content");
        Assert.Equal("0.2", function.SettingsFor("default")!.ExtensionData!["temperature"]);
        Assert.Equal("gpt-4o-mini", function.SettingsFor("gpt")!.ModelId);
        Assert.Equal("50", function.SettingsFor("unknown-service")!.ExtensionData!["max_tokens"]);
    }

    [Fact]
    public async Task Execution_settings_reach_the_chat_client_by_service_id()
    {
        var (function, errors) = PromptFileParser.Parse("local.yaml", """
            name: local
            template: |
              <message role="user">Hi</message>
            execution_settings:
              default:
                temperature: 0.1
              local:
                model_id: tiny
                temperature: 0.6
                max_tokens: 40
                seed: 7
                top_k: 30
                stop_sequences: ["END", "STOP"]
                min_p: 0.1
            """);
        Assert.Empty(errors);

        var local = (await KernelCall.SendAsync(function!, new Dictionary<string, object?>(), "local")).Options!;
        var other = (await KernelCall.SendAsync(function!, new Dictionary<string, object?>(), "other")).Options!;

        Assert.Equal(("tiny", 0.6f, 40, 7L, 30), (local.ModelId, local.Temperature, local.MaxOutputTokens, local.Seed, local.TopK));
        Assert.Equal(["END", "STOP"], local.StopSequences);
        Assert.Equal("0.1", local.AdditionalProperties!["min_p"]);
        Assert.Equal(0.1f, other.Temperature);
    }

    [Fact]
    public void Reports_undeclared_variable_with_its_line_in_the_file()
    {
        var yaml = Valid.Replace("{{ $topic }}", "{{ $topic }} {{$mood}}", StringComparison.Ordinal);

        var (function, errors) = PromptFileParser.Parse("greet.yaml", yaml);

        Assert.Null(function);
        var error = Assert.Single(errors);
        Assert.Equal(6, error.Line);
        Assert.Contains("'$mood'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("greet.yaml:6:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_yaml_syntax_error_with_line()
    {
        var (function, errors) = PromptFileParser.Parse("bad.yaml", "name: x\ntemplate: |\n  hi\ninput_variables: [\n  - name: a\n");

        Assert.Null(function);
        var error = Assert.Single(errors);
        Assert.True(error.Line >= 4, error.ToString());
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("template_format: semantic-kernel", "templat_format: x", "Property 'templat_format' not found in a prompt file")]
    [InlineData("template_format: semantic-kernel", "template_format: liquid", "unsupported template_format")]
    public void Rejects_unknown_keys_and_formats(string line, string replacement, string expected)
    {
        var (_, errors) = PromptFileParser.Parse("p.yaml", Valid.Replace(line, replacement, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_function_calls_the_gateway_cannot_run()
    {
        var yaml = Valid.Replace("{{ $topic }}", "{{ time.now }}", StringComparison.Ordinal);

        var (_, errors) = PromptFileParser.Parse("p.yaml", yaml);

        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void Handlebars_template_with_undeclared_variable_is_an_error()
    {
        const string yaml = """
            name: hb
            template_format: handlebars
            template: |
              {{#each items}}- {{this}} {{name}}
              {{/each}}
              Hello {{who}} and {{missing}}
            input_variables:
              - name: items
              - name: who
            """;

        var (_, errors) = PromptFileParser.Parse("hb.yaml", yaml);

        var error = Assert.Single(errors);
        Assert.Equal(6, error.Line);
        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handlebars_syntax_error_stops_loading()
    {
        const string yaml = """
            name: hb
            template_format: handlebars
            template: "{{#each items}} unclosed"
            input_variables:
              - name: items
            """;

        var (function, errors) = PromptFileParser.Parse("hb.yaml", yaml);

        Assert.Null(function);
        Assert.NotEmpty(errors);
    }
}
