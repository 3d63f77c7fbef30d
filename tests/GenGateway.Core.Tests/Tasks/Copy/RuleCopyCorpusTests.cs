using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GenGateway.Core.Guardrails;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Core.Tasks;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Tests.Tasks.Copy;

/// <summary>
/// Runs the corpus of briefs and UI contexts through the rule path (rule candidates, then the guardrail at its
/// default thresholds) and compares what is released with the committed golden file, which is read by people:
/// set GENGATEWAY_UPDATE_GOLDEN=1 to rewrite it after a deliberate change, then read the diff.
/// </summary>
public sealed class RuleCopyCorpusTests
{
    private const int Count = 3;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly EvaluationReviewer Reviewer = new(Options.Create(new GuardrailOptions()),
        new GenGateway.Evaluation.EvaluatorSuite(new GenGateway.Evaluation.Tone.PolitenessScorer(GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared)));

    [Fact]
    public void The_corpus_is_large_and_varied_enough_to_mean_something()
    {
        var subjects = Briefs();
        var ui = UiContexts();

        Assert.True(subjects.Count + ui.Count >= 150, $"{subjects.Count + ui.Count} corpus entries");
        Assert.All(KnownElements, e => Assert.True(ui.Count(u => u.Request.Element == e) >= 6, e));
        Assert.Contains(ui, u => u.Request.Context?.Facts is null or { Count: 0 });
        Assert.Contains(subjects, s => s.Request.Brief?.Facts is null or { Count: 0 });
    }

    [Fact]
    public void Every_rule_candidate_for_the_corpus_passes_the_guardrail_and_every_entry_gets_enough()
    {
        var problems = new List<string>();
        foreach (var (id, request) in Briefs().Select(b => (b.Id, (ITaskRequest)b.Request)).Concat(UiContexts().Select(u => (u.Id, (ITaskRequest)u.Request))))
        {
            var (released, rejected) = Run(request);
            problems.AddRange(rejected.Select(r => $"{id}: \"{r.Text}\" rejected: {string.Join("; ", r.Reasons)}"));
            if (released.Count < Count)
            {
                problems.Add($"{id}: only {released.Count} candidate(s)");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_released_copy_matches_the_golden_file()
    {
        var actual = Golden();
        var copied = Path.Combine(AppContext.BaseDirectory, "Tasks", "Copy", "rule-copy.golden.md");
        if (Environment.GetEnvironmentVariable("GENGATEWAY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "rule-copy.golden.md"), actual);
            File.WriteAllText(copied, actual);
        }

        var expected = File.ReadAllText(copied);

        Assert.Equal(expected.ReplaceLineEndings("\n"), actual);
    }

    private static readonly string[] KnownElements = ["cta", "banner", "onboarding-tip", "empty-state", "notification", "tooltip", "error", "headline"];

    private static (List<CandidateReview> Released, List<CandidateReview> Rejected) Run(ITaskRequest request)
    {
        ITaskDefinition task = request is SubjectLineRequest ? new SubjectLineTask() : new UiCopyTask();
        var context = new ReviewContext("default", request, task.MaxLength(request), PersonalizationContext.ColdStart, null);
        var reviews = task.RuleCandidates(request, Count + 2).Select(text => Reviewer.Review(text, context)).ToList();
        return ([.. reviews.Where(r => r.Releasable)], [.. reviews.Where(r => !r.Releasable)]);
    }

    private static string Golden()
    {
        var builder = new StringBuilder();
        builder.Append("# Rule-written copy for the corpus\n\n")
            .Append("What the rule path (cold start, or every provider down) releases for each brief in `subject-line-briefs.jsonl` and\n")
            .Append("each UI context in `ui-contexts.jsonl`, three candidates each, after the guardrail at default thresholds.\n")
            .Append("Regenerate with `GENGATEWAY_UPDATE_GOLDEN=1 dotnet test tests/GenGateway.Core.Tests --filter RuleCopyCorpus`.\n\n")
            .Append("## Subject lines\n");
        foreach (var (id, request) in Briefs())
        {
            var b = request.Brief ?? new Brief();
            builder.Append($"\n### {id}\n{Describe(("tone", request.Tone), ("campaign", b.Campaign), ("product", b.Product), ("offer", b.Offer), ("audience", b.Audience), ("facts", Join(b.Facts)), ("mustInclude", Join(b.MustInclude)), ("avoid", Join(b.Avoid)), ("maxLength", request.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture)))}\n\n");
            AppendCandidates(builder, request);
        }

        builder.Append("\n## UI copy\n");
        foreach (var (id, request) in UiContexts())
        {
            var c = request.Context ?? new UiCopyContext();
            builder.Append($"\n### {id}\n{Describe(("element", request.Element), ("tone", request.Tone), ("screen", c.Screen), ("goal", c.Goal), ("facts", Join(c.Facts)), ("maxLength", request.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture)))}\n\n");
            AppendCandidates(builder, request);
        }

        return builder.ToString();
    }

    private static void AppendCandidates(StringBuilder builder, ITaskRequest request)
    {
        foreach (var review in Run(request).Released.Take(Count))
        {
            builder.Append($"- {review.Text}\n");
        }
    }

    private static string Describe(params (string Name, string? Value)[] fields) =>
        string.Join(" · ", fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => $"{f.Name}: {f.Value}"));

    private static string? Join(IReadOnlyList<string>? items) => items is null || items.Count == 0 ? null : string.Join(" | ", items);

    private static List<(string Id, SubjectLineRequest Request)> Briefs() => Read<SubjectLineRequest>("subject-line-briefs.jsonl");

    private static List<(string Id, UiCopyRequest Request)> UiContexts() => Read<UiCopyRequest>("ui-contexts.jsonl");

    private static List<(string Id, T Request)> Read<T>(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Tasks", "Copy", file);
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return (document.RootElement.GetProperty("id").GetString()!, document.RootElement.Deserialize<T>(Json)!);
        })];
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
