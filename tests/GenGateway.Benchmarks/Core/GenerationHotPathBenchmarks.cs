using BenchmarkDotNet.Attributes;
using GenGateway.Core.Generation;
using GenGateway.Core.Prompts;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;

namespace GenGateway.Benchmarks.Core;

/// <summary>The per-request work the gateway does around a model call: render, parse, rules.</summary>
[MemoryDiagnoser]
public class GenerationHotPathBenchmarks
{
    private const string FencedAnswer = "Sure! Here are three:\n```json\n[\"Winter coats, 20% off\", \"Your coat deal ends Sunday\", \"20% off coats for returning customers\"]\n```";

    private static readonly SubjectLineRequest Request = new()
    {
        Count = 3,
        Tone = "friendly",
        Brief = new Brief { Campaign = "Winter sale", Product = "winter coats", Offer = "20% off", Audience = "returning customers", Facts = ["Sale ends Sunday"] },
    };

    private readonly SubjectLineTask _task = new();
    private PromptLibrary _prompts = null!;
    private IReadOnlyDictionary<string, object?> _variables = null!;

    [GlobalSetup]
    public void Setup()
    {
        _prompts = PromptLibrary.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "prompts"));
        _variables = _task.Variables(Request, GenGateway.Core.Personalization.PersonalizationContext.ColdStart, 3);
    }

    [Benchmark]
    public RenderedPrompt RenderSubjectLinePrompt() => _prompts.Render("subject-lines", _variables);

    [Benchmark]
    public IReadOnlyList<string> ParseFencedAnswer() => CandidateParser.Parse(FencedAnswer);

    [Benchmark]
    public IReadOnlyList<string> RuleBasedSubjectLines() => _task.RuleCandidates(Request, 3);
}
