namespace GenGateway.Evaluation.Grounding;

/// <summary>Commercial promises a candidate must not make unless the grounding does.</summary>
/// <remarks>
/// Urgency phrases ("last chance") are supported by any stated end ("ends Sunday"), because a real deadline makes
/// them true; "today only" needs "today" itself. Specific promises (free shipping) need the specific grounding.
/// </remarks>
internal static class PromiseLexicon
{
    private static readonly string[] Deadline = ["ends", "ending", "end of", "until", "till", "through", "thru", "last day", "final", "deadline", "expires", "expiring", "while supplies last", "limited"];

    /// <summary>All promises, most specific first so that "free shipping" wins over "free".</summary>
    public static IReadOnlyList<Promise> All { get; } =
    [
        new(["free shipping", "free delivery", "ships free", "free standard shipping", "free postage"], ["free shipping", "free delivery", "ships free", "free standard shipping", "free postage", "shipping is free", "delivery is free"]),
        new(["free returns", "free return"], ["free return"]),
        new(["free gift", "free bonus", "free sample"], ["free gift", "free bonus", "free sample", "gift with purchase"]),
        new(["free trial"], ["free trial", "try free", "trial"]),
        new(["100% free", "totally free", "completely free", "absolutely free"], ["100% free", "totally free", "completely free", "absolutely free"]),
        new(["money-back guarantee", "money back guarantee", "money-back", "guaranteed", "guarantee", "risk-free", "risk free"], ["guarantee", "money-back", "money back", "risk-free", "risk free"]),
        new(["today only", "only today", "ends today", "ends tonight", "tonight only", "24 hours only", "one day only", "1 day only"], ["today", "tonight", "24 hours", "one day", "1 day"]),
        new(["last chance", "ending soon", "ends soon", "final hours", "final call", "final days", "almost over", "don't miss out", "hurry", "last call"], Deadline),
        new(["limited time", "limited-time", "for a limited time"], Deadline),
        new(["while supplies last", "limited stock", "almost gone", "selling fast", "only a few left", "going fast"], ["while supplies last", "limited stock", "limited quantities", "limited quantity", "almost gone", "selling fast", "few left", "low stock"]),
        new(["lowest price", "lowest prices", "best price", "best prices", "price match", "cheapest"], ["lowest price", "best price", "price match", "cheapest"]),
        new(["buy one get one", "bogo", "2 for 1", "two for one"], ["buy one get one", "bogo", "2 for 1", "two for one"]),
        new(["no fees", "no fee", "zero fees", "no interest", "0% interest", "interest-free", "no credit check"], ["no fee", "no fees", "zero fees", "no interest", "0% interest", "interest-free", "no credit check"]),
        new(["cancel anytime", "no commitment", "no strings attached"], ["cancel anytime", "no commitment", "no strings attached"]),
        new(["no purchase necessary"], ["no purchase necessary"]),
        new(["exclusive", "members only", "vip only"], ["exclusive", "members", "member", "vip", "loyalty"]),
        new(["free"], ["free"]),
    ];

    /// <summary>Words before "free" that make it not a promise ("feel free", "gluten free").</summary>
    public static IReadOnlySet<string> NonPromiseBeforeFree { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "feel", "gluten", "sugar", "dairy", "fat", "hands", "stress", "hassle", "worry", "cruelty", "plastic", "carbon", "smoke", "duty", "tax", "scent", "fragrance", "nut", "lactose", "caffeine", "alcohol", "toll", "set", "break", "spam", "ad",
    };
}
