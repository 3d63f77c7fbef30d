using System.Collections.Frozen;

namespace GenGateway.Evaluation.Text;

/// <summary>Frequent English words that, capitalized, are still not names (so "Save" or "Our" is not an entity).</summary>
internal static class CommonWords
{
    private const string List =
        "a about above after again against all almost also always am an and another any anyone anything are around as at away back " +
        "be because been before being below best better between big both but by can can't could come coming day days deal deals did " +
        "do does don't done down during each early easy either else end ends enjoy enough even ever every everyone everything exclusive " +
        "extra fall favorite favourite few final find first for free fresh from fun get gets getting give go going good got great had " +
        "happy has have having he hello her here hey hi him his holiday hot how however i if in inside into is it it's its just keep " +
        "know last latest less let let's like limited little look love made make many may me more most much must my need never new " +
        "next nice no not now of off offer offers on once one only open or order other our out over own perfect please plus quick " +
        "ready really right sale save savings say season see sent she shop should since so some something soon special spring start " +
        "still stock store such summer sure take thank thanks that that's the their them then there these they thing things this those " +
        "though through time to today together tomorrow tonight too top up upon us use very want was we week weekend welcome well " +
        "were what when where which while who why will winter with without won't would yes yet you you'll you're your yours " +
        "dear hope hoping sounds sound works work fine okay ok sorry great awesome cool sure absolutely definitely certainly " +
        "discover explore meet try treat upgrade unlock claim grab stay warm cozy style styles new arrivals collection gift gifts " +
        "reminder update news newsletter welcome back don't miss miss hurry act join add buy checkout continue complete purchase view " +
        "learn read shipping delivery returns price prices discount discounts percent off coupon code member members account cart " +
        "confirm confirmed schedule scheduled call meeting thursday";

    /// <summary>The word set, lower case.</summary>
    public static FrozenSet<string> Set { get; } = List.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
