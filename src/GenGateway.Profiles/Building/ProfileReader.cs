using System.Globalization;
using GenGateway.Core.Personalization;

namespace GenGateway.Profiles.Building;

/// <summary>Turns a <see cref="ProfileState"/> into readable traits, for the API and for prompts.</summary>
internal static class ProfileReader
{
    private const string None = "none";

    // A habit is reported when at least this share of messages shows it.
    private const double HabitShare = 0.3;

    public static UserProfile Read(ProfileState state, string userId, int interestTerms) => new()
    {
        UserId = userId,
        Version = state.Version,
        ColdStart = state.IsEmpty,
        UpdatedAt = state.UpdatedAt,
        Traits = Traits(state, interestTerms),
        Evidence = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [TraitNames.Length] = state.Messages,
            [TraitNames.Formality] = state.Messages,
            [TraitNames.Emoji] = state.Messages,
            [TraitNames.Greeting] = state.Messages,
            [TraitNames.SignOff] = state.Messages,
            [TraitNames.Language] = state.LanguageMessages,
            [TraitNames.Interests] = state.Engagements,
        },
    };

    public static ProfileTraits Traits(ProfileState state, int interestTerms)
    {
        var interests = state.Terms.Where(t => t.Value > 0).OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(interestTerms).Select(t => t.Key).ToList();
        if (state.Messages == 0 || state.MessageWeight <= 0)
        {
            return new ProfileTraits { Interests = interests };
        }

        var (greeting, greetingRate) = Habit(state.Greetings, state.MessageWeight);
        var (signOff, signOffRate) = Habit(state.SignOffs, state.MessageWeight);
        return new ProfileTraits
        {
            TypicalLengthWords = WeightedMedian(state.Lengths),
            Formality = Strongest(state.Formality),
            EmojiRate = Math.Round(state.EmojiWeight / state.MessageWeight, 2),
            Greeting = greeting,
            GreetingRate = greetingRate,
            SignOff = signOff,
            SignOffRate = signOffRate,
            Language = state.LanguageMessages > 0 ? Strongest(state.Languages) : null,
            Interests = interests,
        };
    }

    /// <summary>Traits phrased for a prompt, keeping only those resting on at least <paramref name="minEvidence"/> events.</summary>
    public static Dictionary<string, string> ForPrompt(ProfileState state, int minEvidence, int interestTerms)
    {
        var traits = Traits(state, interestTerms);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (state.Messages >= minEvidence)
        {
            result[TraitNames.Length] = $"about {traits.TypicalLengthWords} words per message";
            result[TraitNames.Formality] = traits.Formality!;
            var rate = traits.EmojiRate ?? 0;
            var label = rate >= HabitShare ? TraitNames.Often : rate >= 0.1 ? "sometimes" : "rarely";
            result[TraitNames.Emoji] = $"{label} ({Percent(rate)} of messages have emoji)";
            result[TraitNames.Greeting] = traits.Greeting == None ? "usually no greeting" : $"usually opens with \"{traits.Greeting}\" ({Percent(traits.GreetingRate ?? 0)} of messages)";
            result[TraitNames.SignOff] = traits.SignOff == None ? "usually no sign-off" : $"usually signs off with \"{traits.SignOff}\" ({Percent(traits.SignOffRate ?? 0)} of messages)";
        }

        if (state.LanguageMessages >= minEvidence && traits.Language is { } language)
        {
            result[TraitNames.Language] = language;
        }

        if (state.Engagements >= minEvidence && traits.Interests.Count > 0)
        {
            result[TraitNames.Interests] = string.Join(", ", traits.Interests);
        }

        return result;
    }

    private static (string Habit, double Share) Habit(Dictionary<string, double> weights, double total)
    {
        var share = Math.Round(Math.Min(1, weights.Values.Sum() / total), 2);
        return share >= HabitShare && weights.Count > 0 ? (Strongest(weights), share) : (None, share);
    }

    private static string Strongest(Dictionary<string, double> weights) =>
        weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;

    private static int WeightedMedian(SortedDictionary<int, double> lengths)
    {
        var half = lengths.Values.Sum() / 2;
        var running = 0.0;
        foreach (var (words, weight) in lengths)
        {
            running += weight;
            if (running >= half)
            {
                return words;
            }
        }

        return lengths.Count > 0 ? lengths.Keys.Last() : 0;
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
