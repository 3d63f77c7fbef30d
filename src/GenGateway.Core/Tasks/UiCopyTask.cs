using System.Collections.Frozen;
using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks.Copy;

namespace GenGateway.Core.Tasks;

/// <summary>Interface copy for one element: calls to action, banners, tips, empty states, notifications.</summary>
public sealed class UiCopyTask : ITaskDefinition
{
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
        return UiCopyRules.Candidates(r, MaxLength(r), count);
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
}
