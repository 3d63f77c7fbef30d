using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GenGateway.Profiles.Authorship;
using GenGateway.Storage.Embeddings;
using Microsoft.Extensions.AI;

namespace GenGateway.Cli.Commands;

/// <summary><c>gengateway profile authorship --dataset F [--json]</c>: do profiles capture their owners?</summary>
public static class ProfileCommand
{
    /// <summary>Builds the <c>profile</c> command with its <c>authorship</c> subcommand.</summary>
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "JSON Lines with id, mailbox_owner, folder (sent|inbox) and body per row (AESLC)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var minEmails = new Option<int>("--min-emails") { Description = "Leave out owners with fewer distinct sent emails", DefaultValueFactory = _ => 10 };
        var holdout = new Option<int>("--holdout-percent") { Description = "Share of each owner's emails held out as queries", DefaultValueFactory = _ => 20 };
        var embedder = new Option<string>("--embedder") { Description = "minilm (the default embedder) or hashing", DefaultValueFactory = _ => EmbeddingOptions.MiniLmProvider };
        embedder.AcceptOnlyFromAmong(EmbeddingOptions.MiniLmProvider, "hashing");
        var authorship = new Command("authorship", "Build one profile per mailbox owner from part of their sent emails and rank owners for each held-out email")
        {
            dataset, json, minEmails, holdout, embedder,
        };
        authorship.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(dataset)!, parse.GetValue(json), new AuthorshipOptions { MinEmails = parse.GetValue(minEmails), HoldoutPercent = parse.GetValue(holdout) },
            Console.Out, Console.Error, cancellationToken, parse.GetValue(embedder) ?? EmbeddingOptions.MiniLmProvider));
        return new Command("profile", "User profile measurements") { authorship };
    }

    /// <summary>Runs the measurement and prints it; exit code 2 with file, line and problem when the dataset is unusable.</summary>
    public static async Task<int> RunAsync(string dataset, bool json, AuthorshipOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        string embedderName = EmbeddingOptions.MiniLmProvider)
    {
        if (options.MinEmails < 2 || options.HoldoutPercent is < 1 or > 90)
        {
            await error.WriteLineAsync("--min-emails must be at least 2 and --holdout-percent between 1 and 90");
            return ExitCodes.InvalidInput;
        }

        AuthorshipResult result;
        try
        {
            var rows = await AuthoredEmailReader.ReadAsync(dataset, cancellationToken);
            IEmbeddingGenerator<string, Embedding<float>> embedder = embedderName == "hashing" ? new HashingEmbeddingGenerator() : MiniLmEmbeddingGenerator.Shared;
            result = await AuthorshipEvaluator.RunAsync(rows, embedder, options, cancellationToken);
        }
        catch (DatasetException ex)
        {
            await error.WriteLineAsync(ex.Message.StartsWith(dataset, StringComparison.Ordinal) ? ex.Message : $"{dataset}: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(result));
            return ExitCodes.Success;
        }

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync($"owners {result.Owners} (skipped {result.OwnersSkipped} with < {options.MinEmails} sent emails), profile emails {result.ProfileEmails}, held-out queries {result.Queries}");
        await output.WriteLineAsync(string.Create(c, $"accuracy@1 {result.AccuracyAt1:P1}  (chance {result.ChanceAt1:P1})"));
        await output.WriteLineAsync(string.Create(c, $"accuracy@5 {result.AccuracyAt5:P1}  (chance {result.ChanceAt5:P1})"));
        return ExitCodes.Success;
    }
}
