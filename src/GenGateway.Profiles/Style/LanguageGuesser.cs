using System.Collections.Frozen;

namespace GenGateway.Profiles.Style;

/// <summary>Guesses a text's language from its most frequent function words; no guess on too little evidence.</summary>
internal static class LanguageGuesser
{
    private const int MinHits = 3;

    private static readonly (string Code, FrozenSet<string> Words)[] Languages =
    [
        ("en", Set("the and to of is in that it for you with on this be are have i we will not at your can")),
        ("de", Set("der die das und ist nicht ich sie es zu den mit ein eine auf für wir sind auch von dem")),
        ("fr", Set("le la les et est des une un pas je vous que pour dans qui sur nous avec ce au")),
        ("es", Set("el la los las y es que de en un una por para con no se lo su al como")),
        ("it", Set("il lo la gli le e è che di un una per non con sono si ma mi ti")),
        ("nl", Set("de het een en is van niet ik je dat op te zijn met voor we ook maar")),
        ("pt", Set("o a os as e é que de um uma para com não se em por você nós")),
    ];

    /// <summary>The language whose function words occur most, when they occur at least three times and clearly lead.</summary>
    public static string? Guess(IReadOnlyList<string> lowerWords)
    {
        string? best = null;
        int bestHits = 0, second = 0;
        foreach (var (code, words) in Languages)
        {
            var hits = 0;
            foreach (var w in lowerWords)
            {
                if (words.Contains(w))
                {
                    hits++;
                }
            }

            if (hits > bestHits)
            {
                second = bestHits;
                bestHits = hits;
                best = code;
            }
            else if (hits > second)
            {
                second = hits;
            }
        }

        return bestHits >= MinHits && bestHits > second * 1.5 ? best : null;
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
