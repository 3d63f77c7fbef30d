using GenGateway.Core.Requests;
using GenGateway.EvalSuites.Loading;
using GenGateway.EvalSuites.Model;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Loading;

public sealed class SuiteLoaderTests
{
    [Fact]
    public void Nested_and_dotted_vars_merge_over_the_defaults_into_the_request()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", """
            description: d
            prompt: subject-lines
            defaultTest:
              vars: { count: 2, brief: { audience: everyone, facts: [a] } }
              assert:
                - type: max-length
                  value: 50
            tests:
              - description: one
                vars:
                  brief.product: coats
                  brief: { offer: 20% off }
                  tone: friendly
                assert:
                  - type: icontains
                    value: coats
                    weight: 2
                    candidates: any
            """);

        var suite = Assert.Single(SuiteLoader.Load(path));

        var request = Assert.IsType<SubjectLineRequest>(Assert.Single(suite.Cases).Request);
        Assert.Equal((2, "friendly", "coats", "20% off", "everyone"), (request.Count!.Value, request.Tone, request.Brief!.Product, request.Brief.Offer, request.Brief.Audience));
        Assert.Equal(["a"], request.Brief.Facts);
        var assertions = suite.Cases[0].Assertions;
        Assert.Equal(["max-length", "icontains"], assertions.Select(a => a.Type));
        Assert.Equal((2.0, CandidateScope.Any, 15), (assertions[1].Weight, assertions[1].Scope, assertions[1].Location.Line));
        Assert.Equal([ProviderKind.Rules], suite.Providers.Select(p => p.Kind));
    }

    [Fact]
    public void Providers_accept_promptfoo_ids_and_config()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", """
            prompt: ui-copy@abc123
            providers:
              - rules
              - openai:chat:gpt-4o-mini
              - id: anthropic:messages:claude-3-5-haiku-latest
                label: claude
                config: { apiKey: k, temperature: 0.3, inputCostPerMillion: 1, outputCostPerMillion: 5 }
              - local:models/tiny.gguf
            judge: openai:gpt-4o
            tests:
              - vars: { element: cta, context: { goal: buy } }
            """);

        var suite = Assert.Single(SuiteLoader.Load(path));

        Assert.Equal(("ui-copy", "abc123"), (suite.Prompt.Name, suite.Prompt.Version));
        Assert.Equal(["rules", "openai:chat:gpt-4o-mini", "claude", "local:models/tiny.gguf"], suite.Providers.Select(p => p.Label));
        Assert.Equal("gpt-4o-mini", suite.Providers[1].Model);
        Assert.Equal(("claude-3-5-haiku-latest", "k", 0.3, 5.0), (suite.Providers[2].Model, suite.Providers[2].ApiKey, suite.Providers[2].Temperature!.Value, suite.Providers[2].OutputCostPerMillion!.Value));
        Assert.Equal(Path.Combine(folder.Path, "models", "tiny.gguf"), suite.Providers[3].Model);
        Assert.Equal("gpt-4o", suite.Judge!.Model);
        Assert.Equal("case 1", suite.Cases[0].Description);
    }

    [Fact]
    public void Provider_ids_from_the_command_line_replace_every_suite_matrix()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "prompt: ui-copy\nproviders: [rules]\noptions: { temperature: 0.5 }\ntests:\n  - vars: { element: cta, context: { goal: buy } }\n");
        folder.Write("b.yaml", "prompt: ui-copy\ntests:\n  - vars: { element: cta, context: { goal: buy } }\n");

        var suites = SuiteLoader.Load(folder.Path, ["openai:gpt-4o-mini", "local:models/tiny.gguf"]);

        Assert.All(suites, s => Assert.Equal(["openai:gpt-4o-mini", "local:models/tiny.gguf"], s.Providers.Select(p => p.Label)));
        Assert.Equal((0.5, (double?)null), (suites[0].Providers[0].Temperature!.Value, suites[1].Providers[0].Temperature));
        Assert.Equal(Path.GetFullPath(Path.Combine("models", "tiny.gguf")), suites[0].Providers[1].Model);
    }

    [Fact]
    public void A_provider_id_from_the_command_line_that_is_not_understood_is_reported_against_the_flag()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.yaml", "prompt: ui-copy\ntests:\n  - vars: { element: cta, context: { goal: buy } }\n");

        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Load(path, ["gpt:4"]));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("--provider: provider 'gpt:4' is not understood", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_dataset_maps_columns_splits_lists_and_feeds_templates()
    {
        using var folder = new TempFolder();
        folder.Write("rows.csv", "product,facts,expected\n\"coats, warm\",Ends Sunday|Members only,coats\nboots,,boots\n");
        var path = folder.Write("suite.yaml", """
            prompt: subject-lines
            dataset:
              file: rows.csv
              description: "row {{product}}"
              columns:
                brief.product: product
                brief.facts: { column: facts, split: "|" }
              assert:
                - type: icontains
                  value: "{{expected}}"
            """);

        var suite = Assert.Single(SuiteLoader.Load(path));

        Assert.Equal(["row coats, warm", "row boots"], suite.Cases.Select(c => c.Description));
        var first = (SubjectLineRequest)suite.Cases[0].Request;
        Assert.Equal(["Ends Sunday", "Members only"], first.Brief!.Facts);
        Assert.Null(((SubjectLineRequest)suite.Cases[1].Request).Brief!.Facts);
        Assert.Equal("coats", suite.Cases[0].Assertions[0].Value!.GetValue<string>());
        Assert.Equal((folder.File("rows.csv"), 2), (suite.Cases[0].Location.File, suite.Cases[0].Location.Line));
        Assert.Equal(3, suite.Cases[1].Location.Line);
    }

    [Fact]
    public void A_jsonl_dataset_reads_nested_columns_by_dotted_path()
    {
        using var folder = new TempFolder();
        folder.Write("rows.jsonl", """
            {"msg": {"from": "alice@example.com", "text": "Lunch tomorrow?"}, "n": 2}
            {"msg": {"from": "bob@example.com", "text": "Call at 5?"}, "n": 1}
            """);
        var path = folder.Write("suite.yaml", """
            prompt: smart-replies
            dataset:
              file: rows.jsonl
              columns:
                thread.0.from: msg.from
                thread.0.text: msg.text
                count: n
            """);

        var suite = Assert.Single(SuiteLoader.Load(path));

        var request = (SmartReplyRequest)suite.Cases[0].Request;
        Assert.Equal(("alice@example.com", "Lunch tomorrow?", 2), (request.Thread![0].From, request.Thread[0].Text, request.Count!.Value));
        Assert.Equal(1, ((SmartReplyRequest)suite.Cases[1].Request).Count);
    }

    [Fact]
    public void Promptfoo_test_files_load_from_yaml_and_csv_with_expected_columns()
    {
        using var folder = new TempFolder();
        folder.Write("shared/tests.yaml", """
            - description: from yaml
              vars: { brief: { product: coats } }
              assert:
                - type: icontains
                  value: coats
            """);
        folder.Write("shared/tests.csv", "brief.product,__expected1,__expected2,__description\nboots,icontains: boots,not-contains: cheap,from csv\nhats,Exact text,,\n");
        var path = folder.Write("suite.yaml", """
            prompt: subject-lines
            tests:
              - file://shared/tests.yaml
              - file://shared/tests.csv
            """);

        var suite = Assert.Single(SuiteLoader.Load(path));

        Assert.Equal(["from yaml", "from csv", "case 3"], suite.Cases.Select(c => c.Description));
        Assert.Equal(folder.File("shared/tests.yaml"), suite.Cases[0].Location.File);
        Assert.Equal(["icontains", "contains"], suite.Cases[1].Assertions.Select(a => a.Type));
        Assert.True(suite.Cases[1].Assertions[1].Negated);
        Assert.Equal(("equals", "Exact text"), (suite.Cases[2].Assertions[0].Type, suite.Cases[2].Assertions[0].Value!.GetValue<string>()));
    }

    [Fact]
    public void Duplicate_descriptions_get_a_number_so_results_keep_distinct_keys()
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", "prompt: subject-lines\ntests:\n  - { description: same, vars: { brief: { product: a } } }\n  - { description: same, vars: { brief: { product: b } } }\n");

        var suite = Assert.Single(SuiteLoader.Load(path));

        Assert.Equal(["same", "same #2"], suite.Cases.Select(c => c.Description));
    }

    [Fact]
    public void A_profile_fixture_sets_the_user_and_reads_events()
    {
        using var folder = new TempFolder();
        folder.Write("events.jsonl", "{\"id\": \"e2\", \"type\": \"message_sent\", \"text\": \"hey!\"}\n");
        var path = folder.Write("suite.yaml", """
            prompt: smart-replies
            defaultTest:
              profile:
                userId: u-fixture
                events:
                  - { id: e1, type: message_sent, text: "Sounds good!", occurredAt: "2026-11-01T10:00:00Z" }
                file: events.jsonl
            tests:
              - vars: { thread: [ { from: a@example.com, text: Lunch? } ] }
            """);

        var suite = Assert.Single(SuiteLoader.Load(path));

        var fixture = suite.Cases[0].Profile!;
        Assert.Equal("u-fixture", fixture.UserId);
        Assert.Equal(["e1", "e2"], fixture.Events.Select(e => e.Id));
        Assert.Equal("u-fixture", suite.Cases[0].Request.UserId);
    }
}
