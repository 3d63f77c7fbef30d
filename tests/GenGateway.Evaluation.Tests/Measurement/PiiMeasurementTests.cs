using GenGateway.Evaluation.Measurement;
using GenGateway.Evaluation.Measurement.Pii;
using GenGateway.Evaluation.Pii;

namespace GenGateway.Evaluation.Tests.Measurement;

public sealed class PiiMeasurementTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pii-" + Guid.NewGuid().ToString("N") + ".jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Counts_a_gold_span_as_found_only_when_its_kind_covers_all_of_it_and_a_detection_without_gold_as_false()
    {
        File.WriteAllLines(_path,
        [
            """{"id":"a","text":"Mail bob@example.com or call 415-555-0132","entities":[{"type":"email","value":"bob@example.com"},{"type":"phone","value":"415-555-0132"}]}""",
            """{"id":"b","text":"Send it to 42 Elm Street, Springfield, IL 62704","entities":[{"type":"address","value":"42 Elm Street, Springfield, IL 62704"}]}""",
            """{"id":"c","text":"My IP is 203.0.113.45","entities":[]}""",
            """{"id":"d","text":"Order 3 boxes for $45.50","entities":[]}""",
        ]);

        PiiReport report = PiiMeasurement.Score(PiiCorpusReader.Read(_path));

        PiiKindFigures ip = report.Kinds.Single(k => k.Kind == PiiKind.IpAddress);
        Assert.Equal((0, 1, 0), (ip.Gold, ip.Detections, ip.Correct));
        Assert.Equal(0, ip.Precision);
        Assert.All(report.Kinds.Where(k => k.Kind is PiiKind.Email or PiiKind.Phone or PiiKind.Address), k => Assert.Equal(1, k.Recall));
        PiiMiss miss = Assert.Single(report.Misses);
        Assert.Equal(("false positive", 3), (miss.What, miss.Line));
    }

    [Fact]
    public void A_gold_address_whose_city_is_left_readable_is_missed()
    {
        File.WriteAllLines(_path, ["""{"text":"at 42 Elm Street tomorrow Springfield 62704","entities":[{"type":"address","value":"42 Elm Street tomorrow Springfield 62704"}]}"""]);

        PiiReport report = PiiMeasurement.Score(PiiCorpusReader.Read(_path));

        Assert.Equal(0, report.Kinds.Single(k => k.Kind == PiiKind.Address).Found);
    }

    [Theory]
    [InlineData("""{"text":"hi","entities":[{"type":"passport","value":"hi"}]}""", "entity type 'passport' is not one of")]
    [InlineData("""{"text":"hi","entities":[{"type":"email","value":"bob@example.com"}]}""", "does not occur in the text")]
    [InlineData("""{"text":"hi"}""", "\"entities\" must be an array")]
    public void A_bad_row_is_reported_with_file_and_line(string row, string problem)
    {
        File.WriteAllLines(_path, ["""{"text":"fine","entities":[]}""", row]);

        var ex = Assert.Throws<DatasetFormatException>(() => PiiCorpusReader.Read(_path));

        Assert.Equal(2, ex.Line);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_corpus_meets_the_recall_and_precision_goals()
    {
        string corpus = Path.Combine(RepoRoot(), "evals", "pii", "corpus.jsonl");

        PiiReport report = PiiMeasurement.Score(PiiCorpusReader.Read(corpus));

        foreach (PiiKindFigures k in report.Kinds)
        {
            double goal = k.Kind == PiiKind.Address ? 0.90 : 0.98;
            Assert.True(k.Recall >= goal, $"{k.Kind}: recall {k.Recall:P1} below {goal:P0}");
            Assert.True(k.Precision >= 0.95, $"{k.Kind}: precision {k.Precision:P1} below 95%");
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GenGateway.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GenGateway.sln not found above " + AppContext.BaseDirectory);
    }
}
