using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks.Copy;

namespace GenGateway.Core.Tasks;

/// <summary>Email subject lines from a campaign brief.</summary>
public sealed class SubjectLineTask : ITaskDefinition
{
    /// <summary>Longest subject line when the request sets no limit; most inboxes cut around here.</summary>
    public const int DefaultMaxLength = 78;

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
        return SubjectLineCopy.Candidates(r, r.MaxLength ?? DefaultMaxLength, count);
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
}
