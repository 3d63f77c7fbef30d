using System.Collections.Frozen;

namespace GenGateway.Evaluation.Text;

/// <summary>English function words: they carry no claim, so support checks skip them.</summary>
internal static class FunctionWords
{
    private const string List =
        "a an the and or but nor so yet for of in on at to from by with without about as into onto upon over under " +
        "between among through during before after above below up down out off than then there here this that these those " +
        "it its it's is are was were be been being am do does did done have has had having will would shall should can could " +
        "may might must i me my mine we us our ours you your yours he him his she her hers they them their theirs who whom whose " +
        "which what when where why how all any both each few more most other some such no not only own same too very just also " +
        "if because while until again further once s t don't can't won't isn't aren't wasn't weren't doesn't didn't i'm i've i'd i'll " +
        "you're you've you'll we're we've they're they've let's yes yeah oh ok okay well really actually like lot lots much many " +
        "one ones thing things something anything everything nothing get got go going know think sure";

    /// <summary>The word set, lower case.</summary>
    public static FrozenSet<string> Set { get; } = List.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
