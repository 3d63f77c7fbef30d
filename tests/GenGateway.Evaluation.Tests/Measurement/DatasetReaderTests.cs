using GenGateway.Evaluation.Measurement;

namespace GenGateway.Evaluation.Tests.Measurement;

public sealed class DatasetReaderTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"dataset-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_file);

    [Theory]
    [InlineData("{\"context\":\"k\",\"output\":\"o\",\"label\":\"grounded\"}\n{not json", 2, "not valid JSON")]
    [InlineData("{\"context\":\"k\",\"output\":\"o\",\"label\":\"maybe\"}", 1, "label 'maybe' is not one of grounded, hallucinated")]
    [InlineData("{\"context\":\"k\",\"label\":\"grounded\"}", 1, "missing or empty string field 'output'")]
    [InlineData("\n\n{\"output\":\"o\",\"label\":\"grounded\"}", 3, "missing string field 'context'")]
    [InlineData("[1,2]", 1, "a row must be a JSON object")]
    [InlineData("{\"text\":\"Thanks!\",\"label\":\"polite\"}", 1, "label 'polite' is not one of grounded, hallucinated")]
    public void Names_file_and_line_of_a_bad_row(string content, int line, string problem)
    {
        File.WriteAllText(_file, content);

        var ex = Assert.Throws<DatasetFormatException>(() => DatasetReader.Read(_file, MeasurementTask.Hallucination));

        Assert.Equal(line, ex.Line);
        Assert.StartsWith($"{_file}:{line}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_folder_or_a_missing_file_as_such_without_a_line()
    {
        var folder = Directory.CreateTempSubdirectory("dataset-folder").FullName;
        try
        {
            Assert.Equal($"{folder}: is a folder; name a .jsonl file", Assert.Throws<DatasetFormatException>(() => DatasetReader.Read(folder, MeasurementTask.Tone)).Message);
            Assert.Equal($"{_file}: file does not exist", Assert.Throws<DatasetFormatException>(() => DatasetReader.Read(_file, MeasurementTask.Tone)).Message);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void A_row_that_is_not_json_is_described_without_the_readers_coordinates()
    {
        File.WriteAllText(_file, "{\"text\":\"Thanks!\",\"label\":\"polite\"}\nnot json\n");

        var message = Assert.Throws<DatasetFormatException>(() => DatasetReader.Read(_file, MeasurementTask.Tone)).Message;

        Assert.StartsWith($"{_file}:2: not valid JSON: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_missing_or_empty_file()
    {
        Assert.Throws<DatasetFormatException>(() => DatasetReader.Read(_file, MeasurementTask.Tone));
        File.WriteAllText(_file, "\n");
        Assert.Contains("no rows", Assert.Throws<DatasetFormatException>(() => DatasetReader.Read(_file, MeasurementTask.Tone)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_subsets_from_task_or_source_domain()
    {
        File.WriteAllText(_file, """
            {"id":"a","text":"Could you please help?","label":"polite","source":"stackexchange:superuser"}
            {"id":"b","text":"Fix it now.","label":"impolite","source":"wikipedia"}
            """);

        var rows = DatasetReader.Read(_file, MeasurementTask.Tone);

        Assert.Equal(["stackexchange", "wikipedia"], rows.Select(r => r.Subset));
        Assert.Equal([1, 2], rows.Select(r => r.Line));
    }
}
