using GenGateway.Evaluation.Pii;

namespace GenGateway.Evaluation.Tests.Pii;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("Mail bob@example.com today", "Mail [EMAIL] today")]
    [InlineData("Call 415-555-0132 or +44 20 7946 0958", "Call [PHONE] or [PHONE]")]
    [InlineData("Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00", "Card [CARD], IBAN [IBAN]")]
    [InlineData("Ship to 42 Elm Street tomorrow", "Ship to [ADDRESS] tomorrow")]
    [InlineData("from 203.0.113.45, SSN 123-45-6789", "from [IP], SSN [ID_NUMBER]")]
    [InlineData("Sale ends 2026-11-20, 20% off at $49.99", "Sale ends 2026-11-20, 20% off at $49.99")]
    [InlineData("", "")]
    public void Replaces_personal_data_with_stable_placeholders(string text, string expected)
    {
        Assert.Equal(expected, PiiRedactor.Redact(text));
    }

    [Fact]
    public void Redacting_twice_changes_nothing_more()
    {
        string once = PiiRedactor.Redact("bob@example.com, 415-555-0132");
        Assert.Equal(once, PiiRedactor.Redact(once));
    }
}
