using GenGateway.Profiles.Events;
using GenGateway.Profiles.Style;

namespace GenGateway.Profiles.Building;

/// <summary>Folds events into a <see cref="ProfileState"/> with recency weighting; the same code serves ingestion and rebuilds.</summary>
internal sealed class ProfileBuilder(double halfLifeDays)
{
    private const int MaxLengthBucket = 2000;
    private const int MaxTerms = 300;

    /// <summary>Adds one event to <paramref name="state"/>.</summary>
    public void Apply(ProfileState state, ProfileEvent item)
    {
        var weight = WeightFor(state, item.OccurredAt);
        state.Version++;
        if (item.Type == EventTypes.MessageSent && item.Text.Length > 0)
        {
            AddStyle(state, StyleAnalyzer.Analyze(item.Text), weight);
            state.StyleVector = AddScaled(state.StyleVector, item.Vector.Span, weight);
        }

        var interest = EventTypes.InterestWeight(item.Type);
        if (interest != 0)
        {
            state.Engagements++;
            var content = item.Subject.Length > 0 ? item.Subject + "\n" + item.Text : item.Text;
            foreach (var term in InterestTerms.Of(content))
            {
                state.Terms[term] = state.Terms.GetValueOrDefault(term) + (weight * interest);
            }

            Prune(state.Terms);
            state.InterestVector = AddScaled(state.InterestVector, item.Vector.Span, weight * interest);
        }
    }

    /// <summary>The weight of an event at <paramref name="occurredAt"/>, moving the anchor (and rescaling) when it is the newest yet.</summary>
    private double WeightFor(ProfileState state, DateTimeOffset occurredAt)
    {
        if (state.Anchor is not { } anchor)
        {
            state.Anchor = occurredAt;
            return 1.0;
        }

        if (occurredAt > anchor)
        {
            Rescale(state, Decay(occurredAt - anchor));
            state.Anchor = occurredAt;
            return 1.0;
        }

        return Decay(anchor - occurredAt);
    }

    private double Decay(TimeSpan age) => Math.Pow(2, -age.TotalDays / halfLifeDays);

    private static void AddStyle(ProfileState state, MessageStyle style, double weight)
    {
        state.Messages++;
        state.MessageWeight += weight;
        var bucket = Math.Min(style.Words, MaxLengthBucket);
        state.Lengths[bucket] = state.Lengths.GetValueOrDefault(bucket) + weight;
        state.Formality[style.Formality] = state.Formality.GetValueOrDefault(style.Formality) + weight;
        if (style.Emoji > 0)
        {
            state.EmojiWeight += weight;
        }

        if (style.Greeting is { } greeting)
        {
            state.Greetings[greeting] = state.Greetings.GetValueOrDefault(greeting) + weight;
        }

        if (style.SignOff is { } signOff)
        {
            state.SignOffs[signOff] = state.SignOffs.GetValueOrDefault(signOff) + weight;
        }

        if (style.Language is { } language)
        {
            state.LanguageMessages++;
            state.Languages[language] = state.Languages.GetValueOrDefault(language) + weight;
        }
    }

    private static void Rescale(ProfileState state, double factor)
    {
        state.MessageWeight *= factor;
        state.EmojiWeight *= factor;
        Scale(state.Lengths, factor);
        Scale(state.Formality, factor);
        Scale(state.Greetings, factor);
        Scale(state.SignOffs, factor);
        Scale(state.Languages, factor);
        Scale(state.Terms, factor);
        Scale(state.StyleVector, factor);
        Scale(state.InterestVector, factor);
    }

    private static void Scale<TKey>(IDictionary<TKey, double> weights, double factor)
    {
        foreach (var key in weights.Keys.ToList())
        {
            weights[key] *= factor;
        }
    }

    private static void Scale(float[]? vector, double factor)
    {
        if (vector is not null)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(vector, (float)factor, vector);
        }
    }

    private static float[] AddScaled(float[]? sum, ReadOnlySpan<float> vector, double weight)
    {
        if (sum is null || sum.Length != vector.Length)
        {
            // A different dimension can only mean a new embedder, which the store refuses; start the sum afresh.
            sum = new float[vector.Length];
        }

        System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(vector, (float)weight, sum, sum);
        return sum;
    }

    private static void Prune(Dictionary<string, double> terms)
    {
        if (terms.Count <= MaxTerms + (MaxTerms / 2))
        {
            return;
        }

        // Keep the strongest terms; pruning in bulk keeps the cost per event constant on average.
        foreach (var term in terms.OrderBy(t => Math.Abs(t.Value)).Take(terms.Count - MaxTerms).Select(t => t.Key).ToList())
        {
            terms.Remove(term);
        }
    }
}
