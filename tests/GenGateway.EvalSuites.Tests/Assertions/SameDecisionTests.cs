using GenGateway.Core.Guardrails;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.EvalSuites.Model;
using GenGateway.Evaluation;
using Microsoft.Extensions.Options;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>
/// The gateway's guardrail and an eval suite's evaluator assertions build their evaluation context in one place, so
/// the same candidate for the same request gets the same decision and the same reason codes from both.
/// </summary>
public sealed class SameDecisionTests
{
    private static readonly SmartReplyRequest Thread0915 = new()
    {
        Thread = [new ThreadMessage { From = "ana@example.com", Text = "Can we move our call?", SentAt = new DateTimeOffset(2026, 11, 20, 9, 15, 0, TimeSpan.Zero) }],
    };

    private static readonly SubjectLineRequest Winter = new()
    {
        Tone = "friendly",
        Brief = new Brief { Campaign = "Winter sale", Product = "winter coats", Offer = "20% off", Facts = ["Sale ends Sunday"] },
    };

    public static TheoryData<string, string, bool> Cases() => new()
    {
        // A time only the message's timestamp shows is not something the thread proposed: both reject.
        { "thread sent 09:15", "Sure, 09:15 works for me.", false },
        { "thread sent 09:15", "Sure, that works for me.", true },
        { "thread sent 09:15", "Yes, Friday works for me.", true },
        { "winter brief", "Winter coats, 20% off until Sunday", true },
        { "winter brief", "Winter coats now 50% off", false },
        { "winter brief", "Free shipping on winter coats", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gateway_guardrail_and_suite_assertions_decide_the_same(string request, string candidate, bool released)
    {
        var taskRequest = request == "winter brief" ? (ITaskRequest)Winter : Thread0915;

        var gateway = new EvaluationReviewer(Options.Create(new GuardrailOptions { Repair = false }), new EvaluatorSuite(Scorer()))
            .Review(candidate, new ReviewContext("default", taskRequest, EvaluationContextBuilder.MaxLength(taskRequest), PersonalizationContext.ColdStart, null));
        var gatewayCodes = gateway.Reasons.Select(r => r[..r.IndexOf(':', StringComparison.Ordinal)]).Distinct().Order().ToList();

        var evaluators = new EvaluatorSuite(Scorer()).Evaluators.ToDictionary(e => e.Name);
        var suiteResults = new[] { "grounded", "tone", "policy" }
            .Select(type => (Type: type, Name: EvaluatorCheck.EvaluatorFor(type)))
            .Select(a => evaluators[a.Name].Evaluate(new Candidate(candidate), EvaluatorCheck.Context(new AssertionSpec { Type = a.Type, Location = new SourceLocation("table", 1) }, taskRequest, a.Name)))
            .ToList();
        var suiteCodes = suiteResults.SelectMany(r => r.Reasons).Select(r => r.Code).Distinct().Order().ToList();

        Assert.Equal(released, gateway.Releasable);
        Assert.Equal(released, suiteResults.All(r => r.Passed));
        Assert.Equal(gatewayCodes, suiteCodes);
        Assert.Equal(evaluators.Keys.Order(), new[] { EvaluatorNames.Grounding, EvaluatorNames.Tone, EvaluatorNames.Policy }.Order());
    }

    // The gateway and a suite each build their own, from the process's one MiniLM model.
    private static GenGateway.Evaluation.Tone.PolitenessScorer Scorer() => new(GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
}
