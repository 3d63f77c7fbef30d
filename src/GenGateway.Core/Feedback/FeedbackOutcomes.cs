using System.Collections.Frozen;

namespace GenGateway.Core.Feedback;

/// <summary>What a user did with a released candidate.</summary>
public static class FeedbackOutcomes
{
    /// <summary>Every accepted outcome name.</summary>
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
        ["accepted", "rejected", "edited", "opened", "clicked", "replied", "converted", "unsubscribed"], StringComparer.Ordinal);
}
