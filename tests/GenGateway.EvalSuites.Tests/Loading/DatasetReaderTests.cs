using GenGateway.EvalSuites.Loading;
using GenGateway.EvalSuites.Model;
using GenGateway.EvalSuites.Tests.Support;

namespace GenGateway.EvalSuites.Tests.Loading;

public sealed class DatasetReaderTests
{
    [Fact]
    public void Quoted_csv_fields_keep_commas_doubled_quotes_and_newlines_and_rows_keep_their_first_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rows.csv", "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,\n");
        var errors = new List<SuiteError>();

        var rows = DatasetReader.Read(path, new SourceLocation("suite.yaml", 1), errors);

        Assert.Empty(errors);
        Assert.Equal([2, 3, 6], rows.Select(r => r.Line));
        Assert.Equal(["x, y", "say \"hi\""], rows[0].Columns.Select(c => c.Value!.GetValue<string>()));
        Assert.Equal(["two\nlines", "z"], rows[1].Columns.Select(c => c.Value!.GetValue<string>()));
        Assert.Equal(["last", string.Empty], rows[2].Columns.Select(c => c.Value!.GetValue<string>()));
    }

    [Fact]
    public void An_unterminated_quote_is_reported_at_the_line_it_opened_on()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rows.csv", "a,b\nok,1\n\"open,2\nmore\n");
        var errors = new List<SuiteError>();

        var rows = DatasetReader.Read(path, new SourceLocation("suite.yaml", 1), errors);

        Assert.Equal([2], rows.Select(r => r.Line));
        var error = Assert.Single(errors);
        Assert.Equal((path, 3), (error.Location.File, error.Location.Line));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_kept_as_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rows.csv", "product,size\nscreen,15\" wide\nbox,big\n");
        var errors = new List<SuiteError>();

        var rows = DatasetReader.Read(path, new SourceLocation("suite.yaml", 1), errors);

        Assert.Empty(errors);
        Assert.Equal([2, 3], rows.Select(r => r.Line));
        Assert.Equal("15\" wide", rows[0].Columns["size"]!.GetValue<string>());
    }
}
