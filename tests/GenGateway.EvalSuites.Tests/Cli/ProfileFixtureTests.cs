using GenGateway.Cli.Commands;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Cli;

/// <summary>Profile fixtures go through the gateway's own event ingestion and reach the prompt as personalization.</summary>
public sealed class ProfileFixtureTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(EvalRunArguments args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await EvalRunCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_fixture_user_past_messages_reach_the_prompt_the_model_is_sent()
    {
        using var server = FakeOpenAIServer.Start();
        server.Default = FakeReply.Candidates("Friday works for me", "Sure, Friday lunch it is");
        using var folder = new TempFolder();
        var suite = folder.Write("suite.yaml", $$"""
            prompt: smart-replies
            providers:
              - id: openai:fake-model
                config: { apiBaseUrl: "{{server.BaseUrl}}", apiKey: test-key }
            tests:
              - description: lunch with a known user
                vars: { count: 2, thread: [ { from: bob@example.com, text: "Lunch on Friday at noon?" } ] }
                profile:
                  userId: u-fixture
                  events:
                    - { id: e1, type: message_sent, text: "Lunch on Friday sounds brilliant, count me in!!" }
                    - { id: e2, type: message_sent, text: "Brilliant, see you at noon!!" }
                assert: [ { type: candidate-count, value: { min: 1 } } ]
              - description: lunch with a stranger
                vars: { count: 2, thread: [ { from: bob@example.com, text: "Lunch on Friday at noon?" } ] }
                assert: [ { type: candidate-count, value: { min: 1 } } ]
            """);

        var (exit, output, error) = await RunAsync(new EvalRunArguments { Path = suite, NoCache = true, Concurrency = 1 });

        Assert.True(exit == 0, output + error);
        var bodies = server.Bodies.ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Single(bodies, b => b.Contains("count me in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fixture_the_ingestion_rejects_errors_its_case_naming_the_fixture()
    {
        using var folder = new TempFolder();
        var suite = folder.Write("suite.yaml", """
            prompt: smart-replies
            tests:
              - description: bad event type
                vars: { thread: [ { from: bob@example.com, text: "Lunch on Friday?" } ] }
                profile:
                  userId: u-bad
                  events: [ { id: e1, type: message_teleported, text: "hi" } ]
            """);

        var (exit, output, _) = await RunAsync(new EvalRunArguments { Path = suite, NoCache = true });

        Assert.Equal(1, exit);
        Assert.Contains("profile fixture rejected", output, StringComparison.Ordinal);
        Assert.Contains($"{suite}:6:", output, StringComparison.Ordinal);
    }
}
