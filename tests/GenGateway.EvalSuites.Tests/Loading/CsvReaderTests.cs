using GenGateway.EvalSuites.Loading;

namespace GenGateway.EvalSuites.Tests.Loading;

public sealed class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_newlines_and_records_keep_their_first_line()
    {
        var records = CsvReader.Read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,\n").ToList();

        Assert.Equal([1, 2, 3, 6], records.Select(r => r.Line));
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
        Assert.Equal(["last", string.Empty], records[3].Fields);
    }

    [Fact]
    public void An_unterminated_quote_names_the_line_it_opened_on()
    {
        var ex = Assert.Throws<FormatException>(() => CsvReader.Read("a,b\nok,1\n\"open,2\nmore\n").ToList());

        Assert.StartsWith("line 3:", ex.Message, StringComparison.Ordinal);
    }
}
