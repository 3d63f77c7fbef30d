namespace GenGateway.Evaluation.Tone;

/// <summary>The linguistic cues the tone analyzer recognises; each shifts one or more tone dimensions.</summary>
public enum ToneCueKind
{
    /// <summary>"thanks", "appreciate".</summary>
    Gratitude,

    /// <summary>"sorry", "apologies".</summary>
    Apology,

    /// <summary>"please" inside a sentence.</summary>
    Please,

    /// <summary>"please" opening a sentence (a polite imperative, weaker than mid-sentence please).</summary>
    PleaseStart,

    /// <summary>"hi", "hello", "hey".</summary>
    Greeting,

    /// <summary>"great question", "nice work" opening a sentence.</summary>
    Deference,

    /// <summary>"I think", "perhaps", "maybe".</summary>
    Hedge,

    /// <summary>"could you", "would you".</summary>
    CounterfactualModal,

    /// <summary>"can you", "will you".</summary>
    IndicativeModal,

    /// <summary>"by the way".</summary>
    Indirect,

    /// <summary>A question opening with what/why/how... (direct, can read as a challenge).</summary>
    DirectQuestion,

    /// <summary>A sentence opening with "so", "but", "and".</summary>
    DirectStart,

    /// <summary>"actually", "in fact", "obviously".</summary>
    Factuality,

    /// <summary>A sentence opening with "you"/"your".</summary>
    SecondPersonStart,

    /// <summary>"you", "your" inside a sentence.</summary>
    SecondPerson,

    /// <summary>A sentence opening with "I"/"my".</summary>
    FirstPersonStart,

    /// <summary>"we", "our", "us".</summary>
    FirstPersonPlural,

    /// <summary>Positive sentiment words.</summary>
    Positive,

    /// <summary>Negative or hostile words.</summary>
    Negative,

    /// <summary>A sentence opening with a bare command verb.</summary>
    Imperative,

    /// <summary>An exclamation mark.</summary>
    Exclamation,

    /// <summary>An emoji or emoticon.</summary>
    Emoji,

    /// <summary>A contraction ("don't", "we're").</summary>
    Contraction,

    /// <summary>Slang or very informal words ("gonna", "lol").</summary>
    Slang,

    /// <summary>Formal register markers ("kindly", "regarding", "sincerely").</summary>
    FormalMarker,

    /// <summary>Time pressure ("now", "hurry", "ends tonight").</summary>
    Urgency,

    /// <summary>Care and understanding ("we understand", "no worries").</summary>
    Empathy,

    /// <summary>Fun words and interjections ("yay", "woohoo", "treat").</summary>
    Playful,

    /// <summary>A word in capitals (shouting).</summary>
    AllCaps,

    /// <summary>A question mark.</summary>
    Question,

    /// <summary>An insult or profanity ("stupid", "idiot"): impolite whatever else the text says.</summary>
    Insult,
}
