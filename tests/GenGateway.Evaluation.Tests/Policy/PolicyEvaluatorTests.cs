using GenGateway.Evaluation.Policy;

namespace GenGateway.Evaluation.Tests.Policy;

public sealed class PolicyEvaluatorTests
{
    private static readonly TenantPolicy Acme = new()
    {
        BannedPhrases = ["cheap", "blowout"],
        CompetitorNames = ["Globex", "Initech Outerwear"],
        EmojiAllowed = false,
    };

    private readonly PolicyEvaluator _evaluator = new();

    [Theory]
    [InlineData("20% off coats, write to anna.smith@mail.example", "policy.pii", "anna.smith@mail.example")]
    [InlineData("Pay with 4111 1111 1111 1111 for 20% off", "policy.pii", "4111 1111 1111 1111")]
    [InlineData("Cheap winter coats, 20% off", "policy.banned-phrase", "Cheap")]
    [InlineData("Better than Globex: 20% off coats", "policy.competitor", "Globex")]
    [InlineData("Skip initech outerwear, 20% off here", "policy.competitor", "initech outerwear")]
    [InlineData("Winter coats 20% off ❄️", "policy.emoji", "❄️")]
    [InlineData("Click here for 20% off winter coats", "policy.spam", "Click here")]
    [InlineData("RE: 20% off winter coats", "policy.spam", "RE:")]
    [InlineData("Winter coats $$$ off", "policy.spam", "$$$")]
    [InlineData("HUGE savings on winter coats", "policy.all-caps", "HUGE")]
    [InlineData("20% off winter coats!!!", "policy.punctuation", "!!!")]
    [InlineData("Winter coats 20% off?!", "policy.punctuation", "?!")]
    [InlineData("As an AI language model I suggest 20% off", "policy.prompt-echo", "As an AI")]
    public void Flags_policy_violation(string text, string code, string span)
    {
        EvaluationContext context = Contexts.Brief(Contexts.WinterBrief) with { Policy = Acme };

        EvaluationResult result = _evaluator.Evaluate(new Candidate(text), context);

        Assert.False(result.Passed);
        EvaluationReason reason = Assert.Single(result.Reasons);
        Assert.Equal(code, reason.Code);
        Assert.Equal(span, reason.Text);
        Assert.Equal(span, text.Substring(reason.Start, reason.Length));
    }

    [Theory]
    [InlineData("Questions? Write to help@acme.example", "Support: help@acme.example")]
    [InlineData("Sure, call me at 415-555-0132", "Call me at (415) 555-0132 about the sale")]
    [InlineData("20% off at IKEA today", "Save 20% at IKEA")]
    [InlineData("Banner week: 20% off", "Our banner week is here")]
    [InlineData("Winner announced Friday", "Winner announced Friday")]
    [InlineData(Contexts.WinterBrief, "20% off winter coats... until Sunday!")]
    [InlineData(Contexts.WinterBrief, "Wow! 20% off winter coats until Sunday!")]
    [InlineData(Contexts.WinterBrief, "Save 20% on USA-made coats")]
    public void Does_not_flag_allowed_text(string grounding, string text)
    {
        EvaluationResult result = _evaluator.Evaluate(new Candidate(text), Contexts.Brief(grounding));

        Assert.True(result.Passed, string.Join("; ", result.Reasons));
    }

    [Fact]
    public void Flags_text_over_the_length_limit_at_the_overflow()
    {
        const string text = "Twenty percent off every winter coat";
        EvaluationResult result = _evaluator.Evaluate(new Candidate(text), Contexts.Brief(Contexts.WinterBrief, maxLength: 20));

        EvaluationReason reason = Assert.Single(result.Reasons);
        Assert.Equal("policy.length", reason.Code);
        Assert.Equal(20, reason.Start);
    }

    [Fact]
    public void Flags_more_emoji_than_the_tenant_allows()
    {
        EvaluationContext context = Contexts.Brief(Contexts.WinterBrief) with { Policy = new TenantPolicy { MaxEmoji = 1 } };

        EvaluationResult result = _evaluator.Evaluate(new Candidate("Coats 20% off ❄️🧥"), context);

        Assert.Equal("policy.emoji-count", Assert.Single(result.Reasons).Code);
    }

    [Fact]
    public void Flags_a_candidate_that_repeats_the_system_prompt()
    {
        const string system = "You are a copywriter. Write subject lines that only claim what the brief says and never invent offers.";
        EvaluationContext context = Contexts.Brief(Contexts.WinterBrief) with { PromptText = system + "\nBrief: " + Contexts.WinterBrief };

        EvaluationResult result = _evaluator.Evaluate(new Candidate("Write subject lines that only claim what the brief says"), context);

        Assert.Equal("policy.prompt-echo", Assert.Single(result.Reasons).Code);
    }

    [Fact]
    public void Using_the_brief_that_is_inside_the_prompt_is_no_echo()
    {
        const string brief = "Our warm wool winter coats are now twenty percent off until Sunday";
        EvaluationContext context = Contexts.Brief(brief) with { PromptText = "You are a copywriter.\nBrief: " + brief };

        EvaluationResult result = _evaluator.Evaluate(new Candidate("Warm wool winter coats are now twenty percent off"), context);

        Assert.True(result.Passed, string.Join("; ", result.Reasons));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Reusing_the_users_own_example_wording_is_no_echo(bool examplesKnown, bool passes)
    {
        const string example = "Sounds good, I will take a look at it first thing tomorrow";
        string prompt = "You write replies in the user's style.\nExamples of the user's own messages:\n- " + example + "\nMessage: Can you review the deck?";
        EvaluationContext context = Contexts.Brief("Can you review the deck?", TaskKind.SmartReply) with
        {
            PromptText = prompt,
            StyleExamples = examplesKnown ? [example] : [],
        };

        EvaluationResult result = _evaluator.Evaluate(new Candidate("Sure, I will take a look at it first thing tomorrow"), context);

        Assert.Equal(passes, result.Passed);
        Assert.Equal(passes, !result.Reasons.Any(r => r.Code == "policy.prompt-echo"));
    }

    [Fact]
    public void Spam_words_are_checked_in_subject_lines_only()
    {
        EvaluationResult reply = _evaluator.Evaluate(new Candidate("Congratulations, that's great news"), Contexts.Brief("I got the job", TaskKind.SmartReply));

        Assert.True(reply.Passed);
    }
}
