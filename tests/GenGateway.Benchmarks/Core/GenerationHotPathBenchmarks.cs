using BenchmarkDotNet.Attributes;
using GenGateway.Core.Generation;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;

namespace GenGateway.Benchmarks.Core;

/// <summary>The per-request work the gateway does around a model call: parse, rules (rendering is measured with the Kernel in <see cref="KernelInvocationBenchmarks"/>).</summary>
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

    [Benchmark]
    public IReadOnlyList<string> ParseFencedAnswer() => CandidateParser.Parse(FencedAnswer);

    [Benchmark]
    public IReadOnlyList<string> RuleBasedSubjectLines() => _task.RuleCandidates(Request, 3);
}
