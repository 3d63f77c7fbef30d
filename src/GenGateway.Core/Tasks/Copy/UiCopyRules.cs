using System.Collections.Frozen;
using GenGateway.Core.Generation;
using GenGateway.Core.Requests;

namespace GenGateway.Core.Tasks.Copy;

/// <summary>
/// Rule-written interface copy for each element kind. Templates are ordered from the most specific (goal and fact)
/// to generic lines that need nothing, so every element gets candidates even from an empty context; the glue
/// words make no claims, so the lines pass the grounding check.
/// </summary>
internal static class UiCopyRules
{
    // Slots: G goal as a button ("Complete purchase"); Gy goal with the object owned ("Complete your purchase");
    // g the same inside a sentence; ging its -ing form; F a fact as a sentence; f a fact after a colon;
    // s a screen as a destination ("Checkout"); sref the screen in a sentence ("the checkout screen"); Gystart and
    // Gybegin the goal with "to get started" / "to begin", unless the goal is itself to start ("Start shopping.").
    private static readonly FrozenDictionary<string, string[]> Templates = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["cta"] = ["{G}", "{Gy}", "{G} now", "Go to {sgo}", "Continue", "Get started", "Learn more", "Let's go"],
        ["banner"] =
        [
            "{F} Ready to {g}?", "Ready to {g}? {F}", "{F}", "Heads up: {f}.", "Take a moment to {g}.", "Ready to {g}? Let's go.",
            "Don't forget to {g}.", "Welcome! Take a look around.", "Glad you're here. Take a look around.", "Thanks for stopping by.",
        ],
        ["onboarding-tip"] =
        [
            "Start by {ging}.", "Tip: you can {g} from {sref}.", "Good to know: {f}.", "New here? Start by {ging}.", "First step: {g}.",
            "Tip: take a look around {sref} to get started.", "New here? Take a quick look around.", "Tip: explore at your own pace.",
            "Tip: you can come back to this screen at any time.",
        ],
        ["empty-state"] =
        [
            "Nothing here yet. {Gystart}.", "It's quiet here. {Gybegin}.", "Nothing here yet. {F}", "{F} {Gystart}.",
            "Nothing here yet.", "It's empty here for now.", "Nothing to show yet. Check back soon.",
        ],
        ["notification"] =
        [
            "{F}", "Reminder: {g}.", "Don't forget to {g}.", "Heads up: {f}.", "Still want to {g}? Pick up where you left off.",
            "Just a reminder to {g}.", "Pick up where you left off.", "Take a moment to check in.", "Ready when you are. Pick up where you left off.",
        ],
        ["tooltip"] = ["{Gy}.", "You can {g} here.", "Select to {g}.", "{F}", "Opens {sref}.", "Select to continue.", "Select for more options.", "More options"],
        ["error"] =
        [
            "Sorry, you can't {g} right now. Please try again in a moment.", "Sorry, we couldn't load {sref}. Please try again.",
            "Sorry, we ran into a problem. Please try again in a moment.",
            "Sorry, we couldn't do that just now. Please try again.", "We apologize, but that did not go through. Please try again.",
            "Sorry, we couldn't finish that. Please check your connection and try again.",
        ],
        ["headline"] = ["{Gy}", "Ready to {g}?", "{fline}", "Let's {g}", "Let's get started", "Welcome back", "Good to see you"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Up to <paramref name="count"/> distinct lines for the element within <paramref name="maxLength"/>.</summary>
    public static IReadOnlyList<string> Candidates(UiCopyRequest request, int maxLength, int count)
    {
        var goal = Goal.Read(request.Context?.Goal);
        var facts = Fact.ReadAll(request.Context?.Facts);
        var screen = Screen.Read(request.Context?.Screen);
        var templates = Templates.TryGetValue(request.Element ?? string.Empty, out var found) ? found : Templates["cta"];
        var result = new List<string>();
        // Each fact gets its turn with the templates that use the context, so a context with several facts yields
        // lines about each; generic lines that need nothing come last.
        IReadOnlyList<Fact?> rounds = facts.Count == 0 ? [null] : [.. facts];
        foreach (var (fact, generic) in rounds.Select(f => (f, false)).Append((null, true)))
        {
            var slots = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["G"] = goal?.Button,
                ["Gy"] = goal is null ? null : Casing.Capitalize(goal.Phrase),
                ["Gystart"] = goal is null ? null : Casing.Capitalize(goal.Phrase) + (goal.IsStart ? string.Empty : " to get started"),
                ["Gybegin"] = goal is null ? null : Casing.Capitalize(goal.Phrase) + (goal.IsStart ? string.Empty : " to begin"),
                ["g"] = goal?.Phrase,
                ["ging"] = goal?.Gerund,
                ["F"] = fact?.Sentence,
                ["f"] = fact?.Inner,
                ["sgo"] = goal is null ? screen?.Label : null,
                ["fline"] = fact?.Start,
                ["sref"] = screen?.Reference,
            };
            foreach (var template in templates.Where(t => t.Contains('{', StringComparison.Ordinal) != generic))
            {
                if (Template.Fill(template, slots) is { } text && text.Length <= maxLength
                    && !result.Any(e => TextNormalizer.Key(e) == TextNormalizer.Key(text)))
                {
                    result.Add(text);
                    if (result.Count == count)
                    {
                        return result;
                    }
                }
            }
        }

        return result;
    }
}
