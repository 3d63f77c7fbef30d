using GenGateway.Evaluation.Grounding;

namespace GenGateway.Evaluation.Tests.Grounding;

public sealed class GroundingEvaluatorTests
{
    private readonly GroundingEvaluator _evaluator = new();

    [Theory]
    [InlineData(Contexts.WinterBrief, "50% off winter coats", "grounding.percent", "50%")]
    [InlineData(Contexts.WinterBrief, "Fifty percent off winter coats", "grounding.percent", "Fifty percent")]
    [InlineData(Contexts.WinterBrief, "Winter coats with free shipping", "grounding.promise", "free shipping")]
    [InlineData(Contexts.WinterBrief, "20% off winter coats, ends Monday", "grounding.weekday", "Monday")]
    [InlineData(Contexts.WinterBrief, "Save $20 on winter coats", "grounding.money", "$20")]
    [InlineData(Contexts.WinterBrief, "20% off coats until Nov 30", "grounding.date", "Nov 30")]
    [InlineData(Contexts.WinterBrief, "Only 48 hours left for 20% off", "grounding.duration", "48 hours")]
    [InlineData(Contexts.WinterBrief, "20% off at acme-shop.com/coats", "grounding.url", "acme-shop.com/coats")]
    [InlineData(Contexts.WinterBrief, "Questions? Call 415-555-0132", "grounding.phone", "415-555-0132")]
    [InlineData(Contexts.WinterBrief, "Questions? Mail help@acme.example", "grounding.email", "help@acme.example")]
    [InlineData(Contexts.WinterBrief, "Today only: 20% off winter coats", "grounding.promise", "Today only")]
    [InlineData(Contexts.WinterBrief, "Guaranteed 20% off winter coats", "grounding.promise", "Guaranteed")]
    [InlineData(Contexts.WinterBrief, "20% off our Patagonia winter coats", "grounding.entity", "Patagonia")]
    [InlineData(Contexts.WinterBrief, "Doors open at 9am for 20% off", "grounding.time", "9am")]
    [InlineData(Contexts.WinterBrief, "Top 3 winter coats, 20% off", "grounding.number", "3")]
    [InlineData(Contexts.WinterBrief, "20% off the new iPhone case", "grounding.entity", "iPhone")]
    public void Flags_unsupported_claim(string brief, string candidate, string code, string span)
    {
        EvaluationResult result = _evaluator.Evaluate(new Candidate(candidate), Contexts.Brief(brief));

        Assert.False(result.Passed);
        EvaluationReason reason = Assert.Single(result.Reasons);
        Assert.Equal(code, reason.Code);
        Assert.Equal(span, reason.Text);
        Assert.Equal(span, candidate.Substring(reason.Start, reason.Length));
    }

    [Theory]
    [InlineData("twenty percent discount on winter coats", "20% off winter coats")]
    [InlineData("Sale ends 2026-11-20", "Sale ends Friday")]
    [InlineData("Sale ends 2026-11-20", "Ends Fri, Nov 20th")]
    [InlineData("Sale ends Fri", "Ends Friday")]
    [InlineData("$20 off any order", "Save 20 dollars on any order")]
    [InlineData("$20 off any order", "USD 20 off any order")]
    [InlineData("50% off everything", "Half off everything")]
    [InlineData("50% off everything", "fifty percent off everything")]
    [InlineData(Contexts.WinterBrief, "Last chance: 20% off winter coats")]
    [InlineData(Contexts.WinterBrief, "Get 20% Off Winter Coats Before Sunday")]
    [InlineData(Contexts.WinterBrief, "Stay warm: winter coats are 20% off until Sunday")]
    [InlineData("Free shipping over $50", "Free shipping on orders over 50 dollars")]
    [InlineData("Can we move our call to Thursday at 3pm?", "Sure, Thursday at 15:00 works for me")]
    [InlineData("Delivery takes 2 days", "Arrives in 48 hours")]
    [InlineData("Gluten-free cookies, 10% off", "Our gluten-free cookies are 10% off")]
    [InlineData("Lunch with Maria at noon", "Feel free to join Maria and me at 12pm")]
    [InlineData("Visit https://www.acme.example/sale for details", "Details at acme.example")]
    [InlineData("New arrivals from Nordstrom", "Fresh picks from Nordstrom's new arrivals")]
    [InlineData("Sale ends Sunday", "One of our best sales ends Sunday")]
    public void Does_not_flag_supported_claim(string brief, string candidate)
    {
        EvaluationResult result = _evaluator.Evaluate(new Candidate(candidate), Contexts.Brief(brief));

        Assert.True(result.Passed, string.Join("; ", result.Reasons));
        Assert.Equal(1.0, result.Score);
    }

    [Fact]
    public void Two_invented_claims_score_zero_and_name_both_spans()
    {
        EvaluationResult result = _evaluator.Evaluate(new Candidate("50% off and free shipping"), Contexts.Brief(Contexts.WinterBrief));

        Assert.Equal(0.0, result.Score);
        Assert.Equal(["50%", "free shipping"], result.Reasons.Select(r => r.Text).Order());
    }

    [Fact]
    public void Reason_quotes_what_the_grounding_says()
    {
        EvaluationResult result = _evaluator.Evaluate(new Candidate("50% off winter coats"), Contexts.Brief(Contexts.WinterBrief));

        Assert.Contains("'20%'", Assert.Single(result.Reasons).Message, StringComparison.Ordinal);
    }
}
