using GenGateway.Evaluation.Pii;

namespace GenGateway.Evaluation.Measurement.Pii;

/// <summary>
/// Scores <see cref="PiiDetector"/> on a labelled corpus, per kind. A gold span counts as found when detections of its
/// kind cover every letter and digit of it (redaction leaves nothing of it readable); a detection counts as correct
/// when it overlaps a gold span of its kind.
/// </summary>
public static class PiiMeasurement
{
    /// <summary>Runs the detector on every row.</summary>
    public static PiiReport Score(IReadOnlyList<PiiCorpusRow> rows)
    {
        var kinds = Enum.GetValues<PiiKind>();
        var gold = kinds.ToDictionary(k => k, _ => 0);
        var found = kinds.ToDictionary(k => k, _ => 0);
        var detections = kinds.ToDictionary(k => k, _ => 0);
        var correct = kinds.ToDictionary(k => k, _ => 0);
        var misses = new List<PiiMiss>();
        foreach (PiiCorpusRow row in rows)
        {
            IReadOnlyList<PiiMatch> matches = PiiDetector.Find(row.Text);
            foreach (PiiGoldSpan span in row.Entities)
            {
                gold[span.Kind]++;
                if (Covered(row.Text, span, matches))
                {
                    found[span.Kind]++;
                }
                else
                {
                    misses.Add(new PiiMiss(row.Line, row.Id, "missed", span.Kind, row.Text.Substring(span.Start, span.Length), row.Text));
                }
            }

            foreach (PiiMatch match in matches)
            {
                detections[match.Kind]++;
                if (row.Entities.Any(s => s.Kind == match.Kind && s.Start < match.End && match.Start < s.End))
                {
                    correct[match.Kind]++;
                }
                else
                {
                    misses.Add(new PiiMiss(row.Line, row.Id, "false positive", match.Kind, match.Value, row.Text));
                }
            }
        }

        var perKind = kinds.Select(k => new PiiKindFigures(k, gold[k], found[k], detections[k], correct[k])).ToList();
        return new PiiReport(rows.Count, perKind, misses);
    }

    private static bool Covered(string text, PiiGoldSpan span, IReadOnlyList<PiiMatch> matches)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !matches.Any(m => m.Kind == span.Kind && m.Start <= i && i < m.End))
            {
                return false;
            }
        }

        return true;
    }
}
