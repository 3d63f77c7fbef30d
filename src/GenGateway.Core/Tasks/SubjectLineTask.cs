using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;

namespace GenGateway.Core.Tasks;

/// <summary>Email subject lines from a campaign brief.</summary>
public sealed class SubjectLineTask : ITaskDefinition
{
    /// <summary>Longest subject line when the request sets no limit; most inboxes cut around here.</summary>
    public const int DefaultMaxLength = 78;

    // Templates use only slots from the brief, so rule output never claims anything the brief does not say.
    // {o} offer, {p} product, {c} campaign, {a} audience, {d} a deadline fact, {f} another fact.
    private static readonly string[] Neutral =
    [
        "{o} on {p}", "{c}: {o} on {p}", "{p}: {o}, {d}", "{c} is here: {o} on {p}", "{o} on {p} for {a}",
        "{c}: {p}", "{p}: {f}", "{c}: {f}", "New from {c}: {p}",
    ];

    private static readonly string[] Friendly =
    [
        "{o} on {p}, just for you", "Your {o} on {p} is waiting", "{c} is here: {o} on {p}", "Good news: {o} on {p}",
        "{p} you'll love, now {o}", "{c}: {o} on {p}", "{p}: {f}", "Thought you'd like this: {p}",
    ];

    private static readonly string[] Urgent =
    [
        "{o} on {p}: {d}", "Don't miss {o} on {p}", "Hurry: {o} on {p}", "{c}: {d}", "{o} on {p} ends soon",
        "{c}: {o} on {p}", "{p}: {f}",
    ];

    private static readonly string[] Formal =
    [
        "{c}: {o} on {p}", "{o} on selected {p}", "An offer for {a}: {o} on {p}", "{p}: {o}, {d}", "{c}: {p}",
        "Information about {c}: {f}",
    ];

    private static readonly string[] Playful =
    [
        "Psst… {o} on {p}", "{p} + {o} = yes", "Treat yourself: {o} on {p}", "{c} just dropped: {o} on {p}",
        "Guess what? {o} on {p}", "{p} time: {f}",
    ];

    /// <inheritdoc />
    public TaskKind Kind => TaskKind.SubjectLines;

    /// <inheritdoc />
    public string PromptName => "subject-lines";

    /// <inheritdoc />
    public string? NoSuggestionReason(ITaskRequest request) => null;

    /// <inheritdoc />
    public string QueryText(ITaskRequest request)
    {
        var brief = ((SubjectLineRequest)request).Brief;
        return string.Join(". ", new[] { brief?.Campaign, brief?.Product, brief?.Offer }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Variables(ITaskRequest request, PersonalizationContext personalization, int count)
    {
        var r = (SubjectLineRequest)request;
        var brief = r.Brief ?? new Brief();
        var variables = PromptVariables.Common(personalization, count, r.Tone, r.MaxLength ?? DefaultMaxLength);
        variables["campaign"] = brief.Campaign ?? "(none)";
        variables["product"] = brief.Product ?? "(none)";
        variables["offer"] = brief.Offer ?? "(none)";
        variables["audience"] = brief.Audience ?? "(general)";
        variables["facts"] = PromptVariables.List(brief.Facts);
        variables["must_include"] = PromptVariables.List(brief.MustInclude);
        variables["avoid"] = PromptVariables.List(brief.Avoid);
        variables["locale"] = r.Locale ?? "en-US";
        return variables;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> RuleCandidates(ITaskRequest request, int count)
    {
        var r = (SubjectLineRequest)request;
        var brief = r.Brief ?? new Brief();
        var maxLength = r.MaxLength ?? DefaultMaxLength;
        var facts = brief.Facts ?? [];
        var deadline = facts.FirstOrDefault(IsDeadline);
        var otherFacts = facts.Where(f => f != deadline).ToList();
        var slots = new Dictionary<char, string?>
        {
            ['o'] = Trim(brief.Offer),
            ['p'] = Trim(brief.Product),
            ['c'] = Trim(brief.Campaign),
            ['a'] = Trim(brief.Audience),
            ['d'] = Lower(Trim(deadline)),
            ['f'] = Trim(otherFacts.FirstOrDefault() ?? deadline),
        };

        var templates = (r.Tone?.ToLowerInvariant()) switch
        {
            "friendly" or "casual" or "empathetic" => Friendly.Concat(Neutral),
            "urgent" => Urgent.Concat(Neutral),
            "formal" or "professional" => Formal.Concat(Neutral),
            "playful" => Playful.Concat(Friendly).Concat(Neutral),
            _ => Neutral.Concat(Friendly),
        };

        var result = new List<string>();
        foreach (var template in templates)
        {
            var filled = Fill(template, slots);
            if (filled is null)
            {
                continue;
            }

            filled = WithMustInclude(CandidateRules.Capitalize(filled), brief.MustInclude);
            if (CandidateRules.Fits(filled, maxLength, brief.MustInclude, brief.Avoid)
                && !result.Any(existing => TextNormalizer.Key(existing) == TextNormalizer.Key(filled)))
            {
                result.Add(filled);
                if (result.Count == count)
                {
                    break;
                }
            }
        }

        return result;
    }

    /// <inheritdoc />
    public int MaxLength(ITaskRequest request) => request.MaxLength ?? DefaultMaxLength;

    /// <inheritdoc />
    public string? Shape(string candidate, ITaskRequest request)
    {
        var text = TextNormalizer.CollapseWhitespace(candidate.Replace('\n', ' '));
        return text.Length == 0 ? null : text;
    }

    /// <inheritdoc />
    public bool SameMeaning(string a, string b) => TextNormalizer.Key(a) == TextNormalizer.Key(b);

    private static string? Fill(string template, Dictionary<char, string?> slots)
    {
        var builder = new System.Text.StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 2 < template.Length && template[i + 2] == '}')
            {
                var value = slots[template[i + 1]];
                if (string.IsNullOrWhiteSpace(value))
                {
                    return null;
                }

                builder.Append(value);
                i += 2;
            }
            else
            {
                builder.Append(template[i]);
            }
        }

        // "20% off on winter coats" reads badly; "20% off winter coats" is how people write it.
        return builder.ToString().Replace(" off on ", " off ", StringComparison.OrdinalIgnoreCase);
    }

    private static string WithMustInclude(string candidate, IReadOnlyList<string>? mustInclude)
    {
        var missing = mustInclude?.Where(term => !candidate.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList() ?? [];
        return missing.Count == 0 ? candidate : $"{string.Join(", ", missing)}: {candidate}";
    }

    private static bool IsDeadline(string fact)
    {
        var lower = fact.ToLowerInvariant();
        return lower.Contains("end", StringComparison.Ordinal) || lower.Contains("until", StringComparison.Ordinal)
            || lower.Contains("last day", StringComparison.Ordinal) || lower.Contains("expires", StringComparison.Ordinal)
            || lower.Contains("through", StringComparison.Ordinal) || lower.Contains("only", StringComparison.Ordinal);
    }

    private static string? Trim(string? value) => value?.Trim().TrimEnd('.', '!');

    private static string? Lower(string? value) =>
        string.IsNullOrEmpty(value) || (value.Length > 1 && char.IsUpper(value[1])) ? value : char.ToLowerInvariant(value[0]) + value[1..];
}
