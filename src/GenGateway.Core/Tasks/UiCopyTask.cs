using System.Collections.Frozen;
using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;

namespace GenGateway.Core.Tasks;

/// <summary>Interface copy for one element: calls to action, banners, tips, empty states, notifications.</summary>
public sealed class UiCopyTask : ITaskDefinition
{
    // {G} goal as a capitalized imperative ("Complete purchase"), {g} lower-case, {s} screen, {f} first fact.
    private static readonly FrozenDictionary<string, string[]> Templates = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["cta"] = ["{G}", "{G} now", "Let's {g}", "{G}: {f}", "Continue to {s}", "Go to {s}"],
        ["banner"] = ["{f}", "{f}. {G} today.", "{G}: {f}", "Ready to {g}? {f}.", "Good news: {f}"],
        ["onboarding-tip"] = ["Tip: {g} from the {s} screen.", "Did you know? {f}.", "Tip: {f}.", "Start here: {g}.", "New here? {G} in a few taps."],
        ["empty-state"] = ["Nothing here yet. {G} to get started.", "It's quiet here. {G} to begin.", "No items yet: {g} to fill this space.", "{f}. {G} to get started."],
        ["notification"] = ["{f}", "Reminder: {g}.", "Don't forget to {g}.", "{G}: {f}", "Heads up: {f}."],
        ["tooltip"] = ["{G}.", "{f}.", "Use this to {g}.", "Click to {g}."],
        ["error"] = ["Something went wrong. Please try again.", "We couldn't {g}. Please try again.", "That didn't work. Try again in a moment.", "We hit a snag on {s}. Please retry."],
        ["headline"] = ["{G}", "{f}", "{G}, the easy way", "Everything you need to {g}", "Welcome to {s}"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> DefaultMaxLengths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cta"] = 30, ["banner"] = 90, ["onboarding-tip"] = 120, ["empty-state"] = 120, ["notification"] = 100,
        ["tooltip"] = 80, ["error"] = 100, ["headline"] = 60,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public TaskKind Kind => TaskKind.UiCopy;

    /// <inheritdoc />
    public string PromptName => "ui-copy";

    /// <inheritdoc />
    public string? NoSuggestionReason(ITaskRequest request) => null;

    /// <inheritdoc />
    public string QueryText(ITaskRequest request)
    {
        var r = (UiCopyRequest)request;
        return $"{r.Element} {r.Context?.Screen} {r.Context?.Goal}".Trim();
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Variables(ITaskRequest request, PersonalizationContext personalization, int count)
    {
        var r = (UiCopyRequest)request;
        var variables = PromptVariables.Common(personalization, count, r.Tone, MaxLength(r));
        variables["element"] = r.Element;
        variables["screen"] = r.Context?.Screen ?? "(unspecified)";
        variables["goal"] = r.Context?.Goal ?? "(unspecified)";
        variables["facts"] = PromptVariables.List(r.Context?.Facts);
        variables["locale"] = r.Locale ?? "en-US";
        return variables;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> RuleCandidates(ITaskRequest request, int count)
    {
        var r = (UiCopyRequest)request;
        var goal = r.Context?.Goal?.Trim().TrimEnd('.', '!');
        var fact = (r.Context?.Facts is { Count: > 0 } facts ? facts[0] : null)?.Trim().TrimEnd('.', '!');
        var screen = r.Context?.Screen?.Trim();
        var maxLength = MaxLength(r);
        var templates = Templates.TryGetValue(r.Element ?? string.Empty, out var found) ? found : Templates["cta"];

        var result = new List<string>();
        foreach (var template in templates)
        {
            var text = Fill(template, goal, fact, screen);
            if (text is not null && text.Length <= maxLength && !result.Any(e => TextNormalizer.Key(e) == TextNormalizer.Key(text)))
            {
                result.Add(text);
            }

            if (result.Count == count)
            {
                break;
            }
        }

        return result;
    }

    /// <inheritdoc />
    public int MaxLength(ITaskRequest request) => MaxLength((UiCopyRequest)request);

    /// <inheritdoc />
    public string? Shape(string candidate, ITaskRequest request)
    {
        var text = TextNormalizer.CollapseWhitespace(candidate.Replace('\n', ' '));
        return text.Length == 0 ? null : text;
    }

    /// <inheritdoc />
    public bool SameMeaning(string a, string b) => TextNormalizer.Key(a) == TextNormalizer.Key(b);

    private static int MaxLength(UiCopyRequest request) =>
        request.MaxLength ?? (DefaultMaxLengths.TryGetValue(request.Element ?? string.Empty, out var max) ? max : 80);

    private static string? Fill(string template, string? goal, string? fact, string? screen)
    {
        if ((template.Contains("{g}", StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(goal))
            || (template.Contains("{f}", StringComparison.Ordinal) && string.IsNullOrEmpty(fact))
            || (template.Contains("{s}", StringComparison.Ordinal) && string.IsNullOrEmpty(screen)))
        {
            return null;
        }

        var text = template
            .Replace("{G}", goal is null ? string.Empty : CandidateRules.Capitalize(goal), StringComparison.Ordinal)
            .Replace("{g}", goal is null ? string.Empty : LowerFirst(goal), StringComparison.Ordinal)
            .Replace("{f}", fact ?? string.Empty, StringComparison.Ordinal)
            .Replace("{s}", screen ?? string.Empty, StringComparison.Ordinal);
        return CandidateRules.Capitalize(text.Replace("..", ".", StringComparison.Ordinal));
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
