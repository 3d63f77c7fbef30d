using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;

namespace GenGateway.Core.Tasks;

public sealed class RuleCandidateTests
{
    private static readonly Brief WinterBrief = new()
    {
        Campaign = "Winter sale",
        Product = "winter coats",
        Offer = "20% off",
        Audience = "returning customers",
        Facts = ["Sale ends Sunday"],
        Avoid = ["cheap"],
    };

    [Theory]
    [InlineData(null)]
    [InlineData("friendly")]
    [InlineData("urgent")]
    [InlineData("formal")]
    [InlineData("playful")]
    public void Subject_lines_are_distinct_within_limit_and_use_only_brief_claims(string? tone)
    {
        var request = new SubjectLineRequest { Brief = WinterBrief, Count = 5, Tone = tone, MaxLength = 60 };

        var lines = new SubjectLineTask().RuleCandidates(request, 5);

        Assert.Equal(5, lines.Count);
        Assert.Equal(lines.Count, lines.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(lines, l => Assert.True(l.Length <= 60, l));
        Assert.All(lines, l => Assert.DoesNotContain("cheap", l, StringComparison.OrdinalIgnoreCase));
        Assert.All(lines, l => Assert.DoesNotMatch(@"\d+%", l.Replace("20%", "", StringComparison.Ordinal)));
        Assert.All(lines, l => Assert.True(char.IsUpper(l[0]) || !char.IsLetter(l[0]), l));
    }

    [Fact]
    public void Subject_lines_contain_every_must_include_term()
    {
        var request = new SubjectLineRequest { Brief = WinterBrief with { MustInclude = ["Members only"] }, Count = 3 };

        var lines = new SubjectLineTask().RuleCandidates(request, 3);

        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Contains("Members only", l, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("cta", 30)]
    [InlineData("banner", 90)]
    [InlineData("empty-state", 120)]
    [InlineData("notification", 100)]
    [InlineData("onboarding-tip", 120)]
    public void Ui_copy_fits_the_element_and_uses_the_context(string element, int limit)
    {
        var request = new UiCopyRequest
        {
            Element = element,
            Context = new UiCopyContext { Screen = "checkout", Goal = "complete purchase", Facts = ["Free shipping over $50"] },
        };

        var copy = new UiCopyTask().RuleCandidates(request, 3);

        Assert.Equal(3, copy.Count);
        Assert.All(copy, c => Assert.True(c.Length <= limit, c));
        Assert.Equal(3, copy.Distinct().Count());
    }
}
