using GenGateway.Evaluation.Pii;

namespace GenGateway.Evaluation.Tests.Pii;

public sealed class PiiDetectorTests
{
    [Theory]
    [InlineData("Write to jane.doe+news@example.co.uk today", PiiKind.Email, "jane.doe+news@example.co.uk")]
    [InlineData("Call +1 (415) 555-0132 now", PiiKind.Phone, "+1 (415) 555-0132")]
    [InlineData("Call (415) 555-0132 now", PiiKind.Phone, "(415) 555-0132")]
    [InlineData("my cell is 415-555-0132.", PiiKind.Phone, "415-555-0132")]
    [InlineData("my phone number is 415 555 0132", PiiKind.Phone, "415 555 0132")]
    [InlineData("ring 020 7946 0958 please", PiiKind.Phone, "020 7946 0958")]
    [InlineData("ring +44 20 7946 0958 please", PiiKind.Phone, "+44 20 7946 0958")]
    [InlineData("ruf an: +49 30 12345678", PiiKind.Phone, "+49 30 12345678")]
    [InlineData("card 4111 1111 1111 1111 exp 12/27", PiiKind.Card, "4111 1111 1111 1111")]
    [InlineData("card 5500-0000-0000-0004", PiiKind.Card, "5500-0000-0000-0004")]
    [InlineData("amex 378282246310005", PiiKind.Card, "378282246310005")]
    [InlineData("IBAN GB82 WEST 1234 5698 7654 32 thanks", PiiKind.Iban, "GB82 WEST 1234 5698 7654 32")]
    [InlineData("pay to DE89370400440532013000.", PiiKind.Iban, "DE89370400440532013000")]
    [InlineData("ship to 1600 Pennsylvania Ave, Washington, DC 20500 asap", PiiKind.Address, "1600 Pennsylvania Ave, Washington, DC 20500")]
    [InlineData("I live at 42 Elm Street, Apt 3B.", PiiKind.Address, "42 Elm Street, Apt 3B")]
    [InlineData("Wir wohnen in der Hauptstraße 5, 10115 Berlin.", PiiKind.Address, "Hauptstraße 5, 10115 Berlin")]
    [InlineData("send it to PO Box 1234", PiiKind.Address, "PO Box 1234")]
    [InlineData("Call (415)5550132 after six", PiiKind.Phone, "(415)5550132")]
    [InlineData("Appelez-moi au 01 23 45 67 89", PiiKind.Phone, "01 23 45 67 89")]
    [InlineData("Bel me op 06-12345678", PiiKind.Phone, "06-12345678")]
    [InlineData("ext: call me on 4155550132 tonight", PiiKind.Phone, "4155550132")]
    [InlineData("bitte auf de89 3704 0044 0532 0130 00 überweisen", PiiKind.Iban, "de89 3704 0044 0532 0130 00")]
    [InlineData("Send it to 42 Elm Street, Springfield, IL 62704 please", PiiKind.Address, "42 Elm Street, Springfield, IL 62704")]
    [InlineData("221B Baker Street, London NW1 6XE", PiiKind.Address, "221B Baker Street, London NW1 6XE")]
    [InlineData("Mijn adres is Damstraat 12, 1012 JS Amsterdam", PiiKind.Address, "Damstraat 12, 1012 JS Amsterdam")]
    [InlineData("J'habite au 12 rue de la Paix, 75002 Paris", PiiKind.Address, "12 rue de la Paix, 75002 Paris")]
    [InlineData("Abito in Via Roma 10, 00184 Roma", PiiKind.Address, "Via Roma 10, 00184 Roma")]
    [InlineData("moved to 77 Massachusetts Ave, Cambridge, MA 02139-4307 last year", PiiKind.Address, "77 Massachusetts Ave, Cambridge, MA 02139-4307")]
    [InlineData("The login came from 203.0.113.45 at 3am", PiiKind.IpAddress, "203.0.113.45")]
    [InlineData("Connect to [2001:db8::1]:8080", PiiKind.IpAddress, "2001:db8::1")]
    [InlineData("SSN: 123-45-6789 on file", PiiKind.GovernmentId, "123-45-6789")]
    [InlineData("DNI 12345678Z", PiiKind.GovernmentId, "12345678Z")]
    [InlineData("passport no. X1234567 expires in May", PiiKind.GovernmentId, "X1234567")]
    [InlineData("What is the limit for card 501864667909?", PiiKind.Card, "501864667909")]
    public void Finds_personal_data(string text, PiiKind kind, string value)
    {
        PiiMatch match = Assert.Single(PiiDetector.Find(text));
        Assert.Equal(kind, match.Kind);
        Assert.Equal(value, match.Value);
        Assert.Equal(value, text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("Sale ends 2026-11-20, don't miss it")]
    [InlineData("Sale ends 11/20/2026 at 10:30-11:45")]
    [InlineData("Termin am 20.11.2026 um 14:00")]
    [InlineData("Your order #555-123-4567 has shipped")]
    [InlineData("Order number 555 123 4567 is ready")]
    [InlineData("Invoice: 0201 2345 6789 attached")]
    [InlineData("Now only $1,299.99 (was $1,599.00)")]
    [InlineData("Prices from 1.234.567,89 EUR")]
    [InlineData("Card-like but bad checksum 4111 1111 1111 1112")]
    [InlineData("Tracking 1234567890123456")]
    [InlineData("IBAN-shaped but wrong: GB00 WEST 1234 5698 7654 32")]
    [InlineData("We sold 1500 units in 2025 and 2026")]
    [InlineData("3 Main features of the new release")]
    [InlineData("Version 10.0.401 is out")]
    [InlineData("Not an email: user@localhost or @handle")]
    [InlineData("Each individual order ships separately")]
    [InlineData("Order 3 boxes of 12 for $45.50 each")]
    [InlineData("Release 2.4.1.7 fixes the bug")]
    [InlineData("Time 12:34:56 and MAC aa:bb:cc:dd:ee:ff")]
    [InlineData("DNI-shaped with a wrong letter 12345678A")]
    [InlineData("During 1971, Mayo-Walters invested heavily")]
    [InlineData("Mistyped IBAN AL47 2121 1009 0000 0002 3569 8740")]
    [InlineData("Reference 501864667909 in all replies")]
    public void Does_not_flag_near_misses(string text)
    {
        Assert.Empty(PiiDetector.Find(text));
    }

    [Fact]
    public void Reports_several_kinds_in_text_order_without_overlaps()
    {
        const string text = "Mail bob@example.com or call 415-555-0132; card 4111111111111111.";

        IReadOnlyList<PiiMatch> matches = PiiDetector.Find(text);

        Assert.Equal([PiiKind.Email, PiiKind.Phone, PiiKind.Card], matches.Select(m => m.Kind));
        Assert.True(matches[0].End <= matches[1].Start && matches[1].End <= matches[2].Start);
    }

    [Fact]
    public void A_card_number_is_not_also_a_phone()
    {
        PiiMatch match = Assert.Single(PiiDetector.Find("5500 0000 0000 0004"));
        Assert.Equal(PiiKind.Card, match.Kind);
    }
}
