using BenchmarkDotNet.Attributes;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Grounding;
using GenGateway.Evaluation.Policy;
using GenGateway.Evaluation.Tone;
using GenGateway.Storage.Embeddings;

namespace GenGateway.Benchmarks.Evaluation;

/// <summary>
/// The deterministic evaluators on one subject-line candidate: each alone, all together, and with a fresh request
/// context. The candidate's embedding is cached after the first evaluation (as when a repaired or re-reviewed
/// candidate is evaluated again); <see cref="ToneNewText"/> measures a text never seen.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    private const string System = "You write email subject lines. Use only facts from the brief: never invent prices, discounts, dates, deadlines, free shipping or guarantees the brief does not state. Answer with only a JSON array of 3 strings, no prose.";

    private static readonly Candidate Candidate = new("Last chance: 20% off winter coats for returning customers, ends Sunday");

    private static readonly PolitenessScorer Politeness = new(MiniLmEmbeddingGenerator.Shared);

    private readonly GroundingEvaluator _grounding = new();
    private readonly ToneEvaluator _tone = new(Politeness);
    private readonly PolicyEvaluator _policy = new();
    private readonly EvaluatorSuite _suite = new(Politeness);
    private EvaluationContext _context = null!;
    private int _fresh;

    [GlobalSetup]
    public void Setup()
    {
        _context = NewContext();

        // Warm the per-request caches (grounding index, prompt runs) as the first candidate of a request does.
        _suite.Evaluate(Candidate, _context);
    }

    [Benchmark]
    public EvaluationResult Grounding() => _grounding.Evaluate(Candidate, _context);

    [Benchmark]
    public EvaluationResult Tone() => _tone.Evaluate(Candidate, _context);

    /// <summary>A text the tone evaluator has not seen: its sentence embedding is computed (the politeness model reads it).</summary>
    [Benchmark]
    public EvaluationResult ToneNewText() => _tone.Evaluate(new Candidate(Candidate.Text + " #" + _fresh++), _context);

    [Benchmark]
    public EvaluationResult Policy() => _policy.Evaluate(Candidate, _context);

    [Benchmark(Baseline = true)]
    public IReadOnlyList<EvaluationResult> AllDeterministic() => _suite.Evaluate(Candidate, _context);

    /// <summary>The first candidate of a request: the grounding index and prompt runs are built too.</summary>
    [Benchmark]
    public IReadOnlyList<EvaluationResult> AllDeterministicFreshRequest() => _suite.Evaluate(Candidate, NewContext());

    private static EvaluationContext NewContext() => new()
    {
        Task = TaskKind.SubjectLine,
        Grounding =
        [
            new GroundingText(GroundingSource.Brief, "Winter sale"),
            new GroundingText(GroundingSource.Brief, "winter coats"),
            new GroundingText(GroundingSource.Brief, "20% off"),
            new GroundingText(GroundingSource.Brief, "returning customers"),
            new GroundingText(GroundingSource.Fact, "Sale ends Sunday"),
        ],
        RequestedTone = ToneKind.Urgent,
        MaxLength = 78,
        Policy = new TenantPolicy { BannedPhrases = ["cheap"], CompetitorNames = ["Globex"] },
        PromptText = System + "\nCampaign: Winter sale\nProduct: winter coats\nOffer: 20% off\nAudience: returning customers\nFacts:\n- Sale ends Sunday",
    };
}
