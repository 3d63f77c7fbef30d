using System.Text.Json;
using GenGateway.Profiles.Authorship;
using GenGateway.Storage.Embeddings;

namespace GenGateway.Profiles.Tests.Authorship;

public sealed class AuthorshipTests
{
    private static readonly string[] Topics = ["gas pipeline capacity nominations", "legal contract review signatures", "trading desk power prices", "fantasy football league draft"];

    [Fact]
    public async Task Owners_with_distinct_writing_are_found_far_above_chance()
    {
        var rows = Topics.SelectMany((topic, o) => Enumerable.Range(0, 15).Select(i =>
            new AuthoredEmail($"owner{o}-{i:00}", $"owner{o}", "sent", $"About the {topic}: item {i} needs a look. {Sign(o)}", i + 1))).ToList();
        using var embedder = new HashingEmbeddingGenerator();

        var result = await AuthorshipEvaluator.RunAsync(rows, embedder, new AuthorshipOptions(), CancellationToken.None);

        Assert.Equal(4, result.Owners);
        Assert.Equal(0.25, result.ChanceAt1);
        Assert.Equal(60, result.Queries + result.ProfileEmails);
        Assert.Equal(1.0, result.AccuracyAt1);
    }

    [Fact]
    public async Task Inbox_rows_and_mail_sent_from_several_mailboxes_are_not_evidence()
    {
        var rows = new List<AuthoredEmail>();
        for (var o = 0; o < 3; o++)
        {
            rows.AddRange(Enumerable.Range(0, 10).Select(i => new AuthoredEmail($"o{o}-{i}", $"o{o}", "sent", $"{Topics[o]} note {i}", 1)));
            rows.Add(new AuthoredEmail($"o{o}-mass", $"o{o}", "sent", "Company picnic on Friday!", 1));
            rows.Add(new AuthoredEmail($"o{o}-in", $"o{o}", "inbox", "Received newsletter", 1));
        }

        using var embedder = new HashingEmbeddingGenerator();
        var result = await AuthorshipEvaluator.RunAsync(rows, embedder, new AuthorshipOptions(), CancellationToken.None);

        Assert.Equal(30, result.Queries + result.ProfileEmails);
    }

    [Fact]
    public async Task Too_few_owners_is_a_dataset_problem()
    {
        var rows = Enumerable.Range(0, 12).Select(i => new AuthoredEmail($"a{i}", "solo", "sent", $"text {i}", i + 1)).ToList();
        using var embedder = new HashingEmbeddingGenerator();

        var error = await Assert.ThrowsAsync<DatasetException>(() => AuthorshipEvaluator.RunAsync(rows, embedder, new AuthorshipOptions(), CancellationToken.None));

        Assert.Contains("at least 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"mailbox_owner\":\"x\",\"folder\":\"sent\",\"body\":\"hi\"}\n{\"id\":\"b\",\"folder\":\"sent\",\"body\":\"hi\"}\n", ":2: missing field 'mailbox_owner'")]
    [InlineData("{\"id\":\"a\",\"mailbox_owner\":\"x\",\"folder\":\"outbox\",\"body\":\"hi\"}\n", ":1: 'folder' must be \"sent\" or \"inbox\"")]
    [InlineData("\n{\"id\":\"a\",\n", ":2: not valid JSON")]
    [InlineData("[1]\n", ":1: expected a JSON object")]
    [InlineData("{\"id\":7,\"mailbox_owner\":\"x\",\"folder\":\"sent\",\"body\":\"hi\"}\n", ":1: field 'id' must be a string, found number")]
    [InlineData("\n\n", ": the file holds no rows")]
    public async Task A_bad_row_is_reported_with_file_and_line(string content, string expected)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("gengateway-aeslc").FullName, "rows.jsonl");
        await File.WriteAllTextAsync(path, content);

        var error = await Assert.ThrowsAsync<DatasetException>(() => AuthoredEmailReader.ReadAsync(path));

        Assert.StartsWith(path + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_result_uses_the_documented_field_names()
    {
        var json = JsonSerializer.Serialize(new AuthorshipResult { AccuracyAt1 = 0.5, Owners = 2 });

        foreach (var field in new[] { "accuracy_at_1", "accuracy_at_5", "chance_at_1", "owners", "queries" })
        {
            Assert.Contains($"\"{field}\"", json, StringComparison.Ordinal);
        }
    }

    private static string Sign(int owner) => owner switch
    {
        0 => "Thanks, Kay",
        1 => "Regards, Sara",
        2 => "-- Jeff",
        _ => "cheers, Tom",
    };
}
