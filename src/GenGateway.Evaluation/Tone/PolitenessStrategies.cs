using System.Collections.Frozen;

namespace GenGateway.Evaluation.Tone;

/// <summary>
/// The cues that are politeness strategies, each with the direction Danescu-Niculescu-Mizil et al. (2013) found it
/// to push: +1 toward polite, -1 toward impolite. Fitting may only choose how far each pushes, never flip it, so a
/// few hundred labelled rows cannot teach the model that hostile words are polite.
/// </summary>
internal static class PolitenessStrategies
{
    /// <summary>Direction per strategy cue; cues absent here (emoji, slang, urgency...) describe tone, not politeness.</summary>
    public static FrozenDictionary<ToneCueKind, int> Direction { get; } = new Dictionary<ToneCueKind, int>
    {
        [ToneCueKind.Gratitude] = +1,
        [ToneCueKind.Deference] = +1,
        [ToneCueKind.Greeting] = +1,
        [ToneCueKind.Positive] = +1,
        [ToneCueKind.Apology] = +1,
        [ToneCueKind.Please] = +1,
        [ToneCueKind.Indirect] = +1,
        [ToneCueKind.CounterfactualModal] = +1,
        [ToneCueKind.IndicativeModal] = +1,
        [ToneCueKind.FirstPersonStart] = +1,
        [ToneCueKind.FirstPersonPlural] = +1,
        [ToneCueKind.SecondPerson] = +1,
        [ToneCueKind.Hedge] = +1,
        [ToneCueKind.Empathy] = +1,
        [ToneCueKind.Negative] = -1,
        [ToneCueKind.PleaseStart] = -1,
        [ToneCueKind.DirectQuestion] = -1,
        [ToneCueKind.DirectStart] = -1,
        [ToneCueKind.SecondPersonStart] = -1,
        [ToneCueKind.Factuality] = -1,
        [ToneCueKind.Imperative] = -1,
        [ToneCueKind.AllCaps] = -1,
    }.ToFrozenDictionary();
}
