using System.Collections.Frozen;

namespace GenGateway.Evaluation.Tone;

/// <summary>Word lists behind the tone cues; after Danescu-Niculescu-Mizil et al. (2013) for politeness strategies.</summary>
internal static class ToneLexicon
{
    public static FrozenSet<string> Gratitude { get; } = Set("thank thanks thankyou appreciate appreciated appreciates grateful thx ty cheers");

    public static FrozenSet<string> Apology { get; } = Set("sorry apologize apologise apologies apology apologizing pardon regret oops");

    public static FrozenSet<string> Greeting { get; } = Set("hi hello hey dear greetings howdy hiya");

    public static FrozenSet<string> Deference { get; } = Set("great good nice interesting cool excellent awesome wonderful fantastic brilliant impressive");

    public static FrozenSet<string> Hedge { get; } = Set("think thought believe suggest suggestion perhaps maybe might possibly probably seems seem seemed guess wonder wondering wondered somewhat likely apparently assume suppose presumably unsure unclear sort kind");

    public static FrozenSet<string> QuestionWords { get; } = Set("what why who how where when which whose");

    public static FrozenSet<string> DirectStart { get; } = Set("so then and but or well");

    public static FrozenSet<string> Factuality { get; } = Set("actually really obviously clearly honestly seriously simply truly definitely certainly");

    public static FrozenSet<string> SecondPerson { get; } = Set("you your yours yourself yourselves u ur you're you've you'll you'd");

    public static FrozenSet<string> FirstPersonSingular { get; } = Set("i my mine myself me i'm i've i'd i'll");

    public static FrozenSet<string> FirstPersonPlural { get; } = Set("we our us ours ourselves we're we've we'll we'd let's");

    public static FrozenSet<string> Positive { get; } = Set("good great nice helpful excellent wonderful awesome glad happy love lovely welcome interesting fantastic perfect best beautiful pleased kind useful enjoy fun amazing thoughtful brilliant superb delighted excited favorite favourite");

    public static FrozenSet<string> Negative { get; } = Set("wrong bad stupid idiot idiotic nonsense ridiculous terrible awful useless hate crap damn hell dumb lazy pathetic garbage worst silly absurd annoying vandal vandalism vandalized vandalizing nonsensical incompetent shut rude lie lies liar lying fault mess ugly pointless waste fail failed broken spam biased bias bullshit shit fuck fucking sucks suck insane ignorant moron clueless junk horrible disgusting bogus pov povs pushing troll trolling ban banned blatant");

    /// <summary>Insults and profanity: a subset of <see cref="Negative"/> that makes any text impolite.</summary>
    public static FrozenSet<string> Insult { get; } = Set("stupid idiot idiots idiotic moron morons pathetic crap bullshit shit fuck fucking fucked sucks clueless incompetent liar loser losers jerk");

    public static FrozenSet<string> ImperativeVerbs { get; } = Set("stop don't do go look read check fix add remove use try get give tell make see put show explain answer change delete leave keep take revert move provide consider note be buy shop grab save order click join discover act hurry call claim visit start sign learn find explore book reply send let come enjoy treat upgrade unlock shop quit cut");

    public static FrozenSet<string> Slang { get; } = Set("gonna wanna gotta yeah yep yup nope lol lmao omg btw kinda sorta dude ya thx pls plz stoked y'all ain't sup bro legit lit cuz coz nah haha hehe yay woohoo oops ok okay awesome cool super totally");

    public static FrozenSet<string> FormalMarkers { get; } = Set("dear sincerely regards kindly hereby herein therefore furthermore moreover regarding pursuant accordingly request requested assist assistance inform informed enclosed attached inquire inquiry consequently nevertheless shall whom respectfully cordially esteemed valued delighted pleased ensure");

    public static FrozenSet<string> Urgency { get; } = Set("now today tonight hurry quick quickly fast soon asap urgent urgently immediately deadline ends ending last final limited expires expiring countdown instantly");

    public static FrozenSet<string> Empathy { get; } = Set("sorry understand understandable understanding hear feel care caring support hope hoping hopefully frustrating difficult tough rough wish apologize apologise sympathize worries");

    public static FrozenSet<string> Playful { get; } = Set("yay woohoo hooray fun treat oh ooh wow whee party surprise psst haha hehe fabulous magic magical sweet yum yummy epic treats cheeky giggle boom ta-da");

    /// <summary>Multi-word cues, matched on lower-cased word sequences.</summary>
    public static IReadOnlyList<(string[] Words, ToneCueKind Kind)> Phrases { get; } =
    [
        (["could", "you"], ToneCueKind.CounterfactualModal),
        (["would", "you"], ToneCueKind.CounterfactualModal),
        (["could", "we"], ToneCueKind.CounterfactualModal),
        (["would", "it"], ToneCueKind.CounterfactualModal),
        (["could", "i"], ToneCueKind.CounterfactualModal),
        (["can", "you"], ToneCueKind.IndicativeModal),
        (["will", "you"], ToneCueKind.IndicativeModal),
        (["can", "we"], ToneCueKind.IndicativeModal),
        (["can", "someone"], ToneCueKind.IndicativeModal),
        (["can", "anyone"], ToneCueKind.IndicativeModal),
        (["by", "the", "way"], ToneCueKind.Indirect),
        (["in", "fact"], ToneCueKind.Factuality),
        (["of", "course"], ToneCueKind.Factuality),
        (["don't", "miss"], ToneCueKind.Urgency),
        (["last", "chance"], ToneCueKind.Urgency),
        (["right", "away"], ToneCueKind.Urgency),
        (["act", "now"], ToneCueKind.Urgency),
        (["no", "worries"], ToneCueKind.Empathy),
        (["take", "your", "time"], ToneCueKind.Empathy),
        (["here", "for", "you"], ToneCueKind.Empathy),
        (["we", "understand"], ToneCueKind.Empathy),
        (["i", "understand"], ToneCueKind.Empathy),
        (["guess", "what"], ToneCueKind.Playful),
        (["please", "find"], ToneCueKind.FormalMarker),
        (["we", "are", "pleased"], ToneCueKind.FormalMarker),
        (["best", "regards"], ToneCueKind.FormalMarker),
        (["what", "the", "hell"], ToneCueKind.Negative),
        (["why", "don't", "you"], ToneCueKind.Negative),
        (["shut", "up"], ToneCueKind.Insult),
        (["you", "need", "to"], ToneCueKind.Imperative),
        (["you", "should"], ToneCueKind.Imperative),
        (["you", "must"], ToneCueKind.Imperative),
    ];

    /// <summary>Pronoun contractions whose "'s" is "is"/"us", not a possessive.</summary>
    public static FrozenSet<string> IsContractions { get; } = Set("it's that's let's what's there's here's he's she's who's where's how's");

    private static FrozenSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
