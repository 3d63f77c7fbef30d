using GenGateway.Evaluation.Measurement;

namespace GenGateway.Evaluation.Relevance;

/// <summary>Embeds DailyDialog++ rows and measures or fits a <see cref="ReplyRelevanceModel"/> on them.</summary>
public static class ReplyRanking
{
    /// <summary>Embeds every row's message, context and replies (in one batched call) into ranking groups.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="embed">Embeds texts, vectors in input order.</param>
    public static IReadOnlyList<RankingGroup> Embed(IReadOnlyList<ReplyRankingRow> rows, Func<IReadOnlyList<string>, float[][]> embed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(embed);
        var texts = new List<string>();
        foreach (var row in rows)
        {
            texts.Add(row.Message);
            texts.Add(ReplyRelevanceModel.ContextText(row.History, row.Message));
            texts.AddRange(row.References);
            texts.AddRange(row.Adversarial);
        }

        var vectors = embed(texts);
        var groups = new List<RankingGroup>(rows.Count);
        var at = 0;
        foreach (var row in rows)
        {
            var query = new ReplyQuery(vectors[at], vectors[at + 1], row.Message, string.Join(' ', row.History));
            at += 2;
            var relevant = row.References.Select((t, i) => new ReplyCandidate(t, vectors[at + i])).ToList();
            at += row.References.Count;
            var irrelevant = row.Adversarial.Select((t, i) => new ReplyCandidate(t, vectors[at + i])).ToList();
            at += row.Adversarial.Count;
            groups.Add(new RankingGroup(query, relevant, irrelevant));
        }

        return groups;
    }

    /// <summary>Ranks each group's replies with <paramref name="model"/> and reports the accuracies.</summary>
    public static ReplyRankingReport Measure(IReadOnlyList<RankingGroup> groups, ReplyRelevanceModel model, string name)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(model);
        long replies = 0, ranked = 0, pairs = 0, pairsRight = 0, thresholded = 0;
        foreach (var group in groups)
        {
            var scored = group.Relevant.Select(r => (Score: model.Score(group.Query, r), Relevant: true))
                .Concat(group.Irrelevant.Select(r => (Score: model.Score(group.Query, r), Relevant: false)))
                .ToList();
            // Ties are broken against the human replies, so a constant score cannot look good.
            var top = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Relevant).Take(group.Relevant.Count).ToList();
            ranked += top.Count(s => s.Relevant) * 2L + (scored.Count - (2L * group.Relevant.Count));
            replies += scored.Count;
            thresholded += scored.Count(s => (s.Score >= model.Threshold) == s.Relevant);
            foreach (var a in scored.Where(s => s.Relevant))
            {
                foreach (var b in scored.Where(s => !s.Relevant))
                {
                    pairs++;
                    pairsRight += a.Score > b.Score ? 1 : 0;
                }
            }
        }

        return new ReplyRankingReport(groups.Count, Ratio(ranked, replies), Ratio(pairsRight, pairs), Ratio(thresholded, replies), name);
    }

    /// <summary>The rows of a split, embedded.</summary>
    public static IReadOnlyList<RankingGroup> Load(string path, DatasetSplit split, Func<IReadOnlyList<string>, float[][]> embed) =>
        Embed(ReplyRankingDataset.Select(ReplyRankingDataset.Read(path), split), embed);

    private static double Ratio(long a, long b) => b == 0 ? 0 : (double)a / b;
}
