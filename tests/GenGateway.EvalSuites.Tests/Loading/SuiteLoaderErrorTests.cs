using GenGateway.EvalSuites.Loading;
using GenGateway.EvalSuites.Model;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Loading;

public sealed class SuiteLoaderErrorTests
{
    private const string Head = "prompt: subject-lines\n";

    public static TheoryData<string, int, string> Broken => new()
    {
        { "prompt: subject-lines\ntests:\n  - vars: {brief: {product: x}\n", 4, "YAML syntax" },
        { "prompt: subject-lines\ntests:\n  - vars: {brief: {product: x}\n    assert: []\n", 4, "never closed" },
        { "prompt: subject-lines\ntests:\n  - vars:\n      brief: [unclosed\n  - x: 1\n", 5, "YAML syntax" },
        { "prompt: subject-lines\nmodel: gpt\ntests: []\n", 2, "unknown key 'model'" },
        { "prompt: newsletters\ntests: []\n", 1, "not a gateway task" },
        { "description: no prompt\ntests: []\n", 1, "needs 'prompt:'" },
        { Head + "prompts: ['Write {{topic}}']\ntests: []\n", 2, "promptfoo's 'prompts:'" },
        { Head + "providers: [rules, 'gpt:4']\ntests: []\n", 2, "provider 'gpt:4' is not understood" },
        { Head + "providers: [rules, rules]\ntests: []\n", 2, "listed twice" },
        { Head + "providers:\n  - id: openai:m\n    config: { baseUrl: not a url }\ntests: []\n", 4, "not an absolute URL" },
        { Head + "tests:\n  - vars:\n      brief:\n        prodcut: coats\n", 3, "brief.prodcut: unknown field" },
        { Head + "tests:\n  - vars:\n      count: lots\n      brief: { product: x }\n", 3, "count: expected a whole number" },
        { Head + "tests:\n  - vars:\n      count: 99\n      brief: { product: x }\n", 3, "vars.count: must be between" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: icontain\n        value: x\n", 5, "unknown assertion type 'icontain'; did you mean 'icontains'?" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: not-contain\n        value: x\n", 5, "did you mean 'not-contains'?" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: javascript\n        value: x\n", 5, "unknown assertion type 'javascript'; known: candidate-count," },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: not-max-length\n        value: 3\n", 5, "'max-length' cannot be negated" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - value: x\n", 5, "needs 'type:'" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: regex\n        value: '(open'\n", 5, "regex pattern is invalid" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: max-length\n        value: many\n", 5, "needs a whole number" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: contains\n", 5, "non-empty string or list" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: json-schema\n        value: { type: object, requried: [subject] }\n", 5, "'requried' is not a JSON Schema keyword" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: latency\n", 5, "threshold: the budget in milliseconds" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: llm-rubric\n        value: is it kind\n", 5, "needs a judge model" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: icontains\n        value: '{{missing}}'\n", 5, "{{missing}} names no var" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: contains\n        value: x\n        candidates: some\n", 7, "all, any or first" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    threshold: 2\n", 4, "threshold must be a number between 0 and 1" },
        { Head + "description: nothing to run\n", 1, "has no cases" },
        { Head + "dataset:\n  file: missing.csv\n", 3, "does not exist" },
        { Head + "tests:\n  - vars: { brief: { product: x } }\n    profile: { events: [] }\n", 4, "needs 'userId:'" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_suite_is_reported_with_its_line(string yaml, int line, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("suite.yaml", yaml);

        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Load(path));

        Assert.Contains(ex.Errors, e => e.Location.File == path && e.Location.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_in_file_order()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", Head + "tests:\n  - vars: { brief: { product: x } }\n    assert:\n      - type: nope\n      - type: equals\n");
        folder.Write("b.yaml", "prompt: subject-lines\nwhat: 1\ntests: []\n");

        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Load(folder.Path));

        Assert.Equal(["a.yaml:5", "a.yaml:6", "b.yaml:2"], ex.Errors.Select(e => $"{Path.GetFileName(e.Location.File)}:{e.Location.Line}"));
        Assert.StartsWith("unknown assertion type 'nope'", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("equals needs a value", ex.Errors[1].Message);
        Assert.StartsWith("unknown key 'what'", ex.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_dataset_row_is_reported_at_its_own_file_and_line()
    {
        using var folder = new TempFolder();
        folder.Write("rows.csv", "product,count\ncoats,3\nboots,many\nhats\n");
        var path = folder.Write("suite.yaml", Head + "dataset:\n  file: rows.csv\n  columns:\n    brief.product: product\n    count: count\n");

        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Load(path));

        var rows = folder.File("rows.csv");
        Assert.Contains(ex.Errors, e => e.Location.File == rows && e.Location.Line == 3 && e.Message.Contains("count", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Location.File == rows && e.Location.Line == 4 && e.Message.Contains("1 fields, but the header has 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_jsonl_line_is_reported_with_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("rows.jsonl", "{\"product\": \"coats\"}\n\n{not json}\n");
        var path = folder.Write("suite.yaml", Head + "dataset:\n  file: rows.jsonl\n  columns:\n    brief.product: product\n");

        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Load(path));

        Assert.Contains(ex.Errors, e => e.Location.File == folder.File("rows.jsonl") && e.Location.Line == 3 && e.Message.StartsWith("not JSON", StringComparison.Ordinal));
    }
}
