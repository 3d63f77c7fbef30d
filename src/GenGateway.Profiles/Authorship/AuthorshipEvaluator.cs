using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;
using GenGateway.Evaluation.Pii;
using GenGateway.Profiles.Building;
using GenGateway.Profiles.Events;
using Microsoft.Extensions.AI;

namespace GenGateway.Profiles.Authorship;

/// <summary>
/// Measures whether profiles capture their owner: one profile per mailbox owner from part of their sent emails
/// (redacted and embedded as ingestion does), then each held-out email ranks every owner by profile similarity.
/// </summary>
public static class AuthorshipEvaluator
{
    private const int EmbedBatch = 256;

    // As many nearest own messages as a prompt receives by default (GenGateway:Profiles:ExampleCount), weighed
    // equally with the centroid. With the centroid alone, train scores 31.3% at 1 and 60.5% at 5.
    private const int NearestMessages = 3;
    private const float NearestWeight = 1f;

    // Rows carry no dates, so every email weighs the same: one instant for all of them.
    private static readonly DateTimeOffset SameTime = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the measurement over the dataset's <c>sent</c> rows.</summary>
    public static async Task<AuthorshipResult> RunAsync(IReadOnlyList<AuthoredEmail> rows, IEmbeddingGenerator<string, Embedding<float>> embedder,
        AuthorshipOptions options, CancellationToken cancellationToken = default)
    {
        var byOwner = DistinctSentEmails(rows);
        var owners = byOwner.Where(o => o.Value.Count >= options.MinEmails).OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        if (owners.Count < 2)
        {
            throw new DatasetException($"only {owners.Count} owner(s) have at least {options.MinEmails} distinct sent emails; at least 2 are needed");
        }

        var builder = new ProfileBuilder(halfLifeDays: 90);
        var profiles = new List<OwnerProfile>(owners.Count);
        var queries = new List<(string Owner, string Text)>();
        var profileEmails = 0;
        foreach (var (owner, emails) in owners)
        {
            var heldOut = emails.Where(e => Bucket(e.Id) < options.HoldoutPercent).ToList();
            var training = emails.Where(e => Bucket(e.Id) >= options.HoldoutPercent).ToList();
            if (heldOut.Count == 0 || training.Count == 0)
            {
                // Too few emails for this split to leave one on each side.
                (heldOut, training) = ([emails[^1]], emails[..^1]);
            }

            var state = new ProfileState { Tenant = "authorship", UserId = owner };
            var texts = training.Select(e => PiiRedactor.Redact(e.Body)).ToList();
            var vectors = await EmbedAsync(embedder, texts, cancellationToken);
            for (var i = 0; i < texts.Count; i++)
            {
                builder.Apply(state, new ProfileEvent(EventTypes.MessageSent, SameTime, texts[i], string.Empty, vectors[i]));
            }

            profileEmails += texts.Count;
            profiles.Add(new OwnerProfile(owner, state.StyleVector ?? [], vectors));
            queries.AddRange(heldOut.Select(e => (owner, PiiRedactor.Redact(e.Body))));
        }

        var queryVectors = await EmbedAsync(embedder, queries.Select(q => q.Text).ToList(), cancellationToken);
        int top1 = 0, top5 = 0;
        for (var q = 0; q < queries.Count; q++)
        {
            var truth = queries[q].Owner;
            var truthScore = Score(queryVectors[q], profiles.First(p => p.Owner == truth));

            // A text with no words embeds to zero and matches nobody: it counts as a miss, never as a lucky hit.
            var better = float.IsNaN(truthScore) ? int.MaxValue
                : profiles.Count(p => p.Owner != truth && Score(queryVectors[q], p) > truthScore);
            top1 += better == 0 ? 1 : 0;
            top5 += better < 5 ? 1 : 0;
        }

        return new AuthorshipResult
        {
            AccuracyAt1 = Math.Round((double)top1 / queries.Count, 4),
            AccuracyAt5 = Math.Round((double)top5 / queries.Count, 4),
            ChanceAt1 = Math.Round(1.0 / owners.Count, 4),
            ChanceAt5 = Math.Round(Math.Min(1.0, 5.0 / owners.Count), 4),
            Owners = owners.Count,
            Queries = queries.Count,
            ProfileEmails = profileEmails,
            OwnersSkipped = byOwner.Count - owners.Count,
        };
    }

    /// <summary>
    /// Each owner's sent emails, deduplicated by body; a body sent from more than one mailbox (forwarded mass mail) is
    /// evidence for nobody and is dropped everywhere.
    /// </summary>
    private static Dictionary<string, List<AuthoredEmail>> DistinctSentEmails(IReadOnlyList<AuthoredEmail> rows)
    {
        var sent = rows.Where(r => r.Folder == "sent" && !string.IsNullOrWhiteSpace(r.Body)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ownersOfBody = sent.GroupBy(r => Normalize(r.Body)).ToDictionary(g => g.Key, g => g.Select(r => r.Owner).Distinct().Count());
        return sent.Where(r => ownersOfBody[Normalize(r.Body)] == 1)
            .GroupBy(r => r.Owner)
            .ToDictionary(g => g.Key, g => g.DistinctBy(r => Normalize(r.Body)).ToList(), StringComparer.Ordinal);
    }

    private static string Normalize(string body) => string.Join(' ', body.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A stable 0..99 bucket from the row id, so the split is the same on every run and machine.</summary>
    private static int Bucket(string id) => (int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id))) % 100);

    /// <summary>
    /// How well a text matches a profile, the way personalization reads one: closeness to the style centroid plus
    /// closeness to the owner's most similar own messages (the examples a prompt would receive).
    /// </summary>
    private static float Score(ReadOnlyMemory<float> query, OwnerProfile profile)
    {
        var centroid = TensorPrimitives.CosineSimilarity(query.Span, profile.Centroid);
        Span<float> best = stackalloc float[Math.Min(NearestMessages, profile.Messages.Count)];
        best.Fill(float.MinValue);
        foreach (var message in profile.Messages)
        {
            var similarity = TensorPrimitives.Dot(query.Span, message.Span);
            var slot = best.IndexOf(TensorPrimitives.Min(best));
            if (similarity > best[slot])
            {
                best[slot] = similarity;
            }
        }

        return centroid + (NearestWeight * TensorPrimitives.Average(best));
    }

    private sealed record OwnerProfile(string Owner, float[] Centroid, List<ReadOnlyMemory<float>> Messages);

    private static async Task<List<ReadOnlyMemory<float>>> EmbedAsync(IEmbeddingGenerator<string, Embedding<float>> embedder, List<string> texts,
        CancellationToken cancellationToken)
    {
        var vectors = new List<ReadOnlyMemory<float>>(texts.Count);
        foreach (var chunk in texts.Chunk(EmbedBatch))
        {
            vectors.AddRange((await embedder.GenerateAsync(chunk, cancellationToken: cancellationToken)).Select(e => e.Vector));
        }

        return vectors;
    }
}
