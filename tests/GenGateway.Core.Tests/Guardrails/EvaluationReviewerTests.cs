using GenGateway.Core.Guardrails;
using GenGateway.Core.Personalization;
using GenGateway.Core.Prompts;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Tests.Guardrails;

public sealed class EvaluationReviewerTests
{
    // The gateway's evaluators: politeness from the process's one MiniLM model.
    private static readonly GenGateway.Evaluation.EvaluatorSuite Suite = new GenGateway.Evaluation.EvaluatorSuite(new GenGateway.Evaluation.Tone.PolitenessScorer(GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared));

    private static readonly SubjectLineRequest Winter = new()
    {
        Tone = "friendly",
        Brief = new Brief { Product = "winter coats", Offer = "20% off", Facts = ["Sale ends Sunday"], Avoid = ["cheap"] },
    };

    [Theory]
    [InlineData("50% off winter coats", "grounding.percent")]
    [InlineData("Winter coats with free shipping", "grounding.promise")]
    [InlineData("20% off winter coats, ends Monday", "grounding.weekday")]
    [InlineData("Cheap winter coats, 20% off", "constraint.avoid")]
    public void Rejects_with_the_stable_code_first_in_the_reason(string candidate, string code)
    {
        var review = Reviewer().Review(candidate, Context(Winter));

        Assert.Equal(CandidateDecisions.Rejected, review.Decision);
        Assert.Contains(review.Reasons, r => r.StartsWith(code, StringComparison.Ordinal));
    }

    [Fact]
    public void Releases_a_grounded_candidate_with_all_three_scores()
    {
        var review = Reviewer().Review("Your winter coats: 20% off until Sunday", Context(Winter));

        Assert.Equal(CandidateDecisions.Released, review.Decision);
        Assert.Equal(["grounding", "policy", "tone"], review.Scores.Keys.Order());
        Assert.Equal(1.0, review.Scores["grounding"]);
    }

    [Fact]
    public void Repairs_length_and_says_what_was_fixed()
    {
        var review = Reviewer().Review("Winter coats are 20% off until Sunday for all of our returning customers", Context(Winter, maxLength: 40));

        Assert.Equal(CandidateDecisions.Repaired, review.Decision);
        Assert.Equal("Winter coats are 20% off until Sunday", review.Text);
        Assert.Contains(review.Reasons, r => r.StartsWith("repaired policy.length", StringComparison.Ordinal));
    }

    [Fact]
    public void Tenant_thresholds_win_over_task_thresholds_and_defaults()
    {
        var options = new GuardrailOptions
        {
            Tasks = { ["subject-lines"] = new ThresholdOptions { Grounding = 0.2 } },
            Tenants = { ["strict"] = new TenantGuardrailOptions { Thresholds = new ThresholdOptions { Grounding = 0.95 } } },
        };
        const string candidate = "20% off Patagonia winter coats";

        var relaxed = new EvaluationReviewer(Options.Create(options), Suite).Review(candidate, Context(Winter, tenant: "other"));
        var strict = new EvaluationReviewer(Options.Create(options), Suite).Review(candidate, Context(Winter, tenant: "strict"));

        Assert.True(relaxed.Releasable);
        Assert.False(strict.Releasable);
    }

    [Fact]
    public void A_smart_reply_may_use_the_weekday_of_the_threads_date()
    {
        var request = new SmartReplyRequest
        {
            Thread = [new ThreadMessage { From = "alice@example.com", Text = "Can we talk?", SentAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero) }],
        };

        Assert.True(Reviewer().Review("Sure, let's talk Friday", Context(request)).Releasable);
        Assert.False(Reviewer().Review("Sure, let's talk Monday", Context(request)).Releasable);
    }

    [Fact]
    public void Compares_tone_with_the_users_style_when_personalized()
    {
        var profile = new PersonalizationContext { IsColdStart = false, Traits = new Dictionary<string, string> { ["formality"] = "casual", ["emoji"] = "never" } };
        var context = new ReviewContext("default", new SubjectLineRequest { Brief = Winter.Brief }, 78, profile, null);

        var review = Reviewer().Review("Winter coats 20% off 🧥", context);

        Assert.Contains(review.Reasons, r => r.StartsWith("tone.style-emoji", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reply_in_the_users_own_words_from_their_examples_is_released()
    {
        const string example = "Sounds good, I will take a look at it first thing tomorrow";
        var profile = new PersonalizationContext { IsColdStart = false, Examples = [example] };
        var request = new SmartReplyRequest { Thread = [new ThreadMessage { From = "bob@example.com", Text = "Can you review the deck?" }] };
        var prompt = "Reply in the user's style.\nTheir messages:\n- " + example + "\nReply to: Can you review the deck?";

        var personalized = Reviewer().Review("Sure, I will take a look at it first thing tomorrow", new ReviewContext("default", request, 78, profile, prompt));
        var withoutProfile = Reviewer().Review("Sure, I will take a look at it first thing tomorrow", new ReviewContext("default", request, 78, PersonalizationContext.ColdStart, prompt));

        Assert.True(personalized.Releasable, string.Join("; ", personalized.Reasons));
        Assert.Contains(withoutProfile.Reasons, r => r.StartsWith("policy.prompt-echo", StringComparison.Ordinal));
    }

    private static EvaluationReviewer Reviewer() => new(Options.Create(new GuardrailOptions()), Suite);

    private static ReviewContext Context(ITaskRequest request, int maxLength = 78, string tenant = "default") =>
        new(tenant, request, maxLength, PersonalizationContext.ColdStart, null);
}
