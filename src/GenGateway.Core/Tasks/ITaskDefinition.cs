using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;

namespace GenGateway.Core.Tasks;

/// <summary>Everything the pipeline needs to know about one task: its prompt, its rules and its output shape.</summary>
public interface ITaskDefinition
{
    /// <summary>The task.</summary>
    TaskKind Kind { get; }

    /// <summary>Name of the prompt function in prompts/ (also the task's name in configuration).</summary>
    string PromptName { get; }

    /// <summary>Reason code when no candidate should be offered at all (smart replies to a newsletter), else null.</summary>
    string? NoSuggestionReason(ITaskRequest request);

    /// <summary>The request's text that similar past messages are searched by.</summary>
    string QueryText(ITaskRequest request);

    /// <summary>Template variables for the prompt.</summary>
    IReadOnlyDictionary<string, object?> Variables(ITaskRequest request, PersonalizationContext personalization, int count);

    /// <summary>Rule-based candidates, best first; may return fewer than asked when the request supports no more.</summary>
    IReadOnlyList<string> RuleCandidates(ITaskRequest request, int count);

    /// <summary>Rule-based candidates adapted to the user's style where the task's rules can (wording, emoji).</summary>
    IReadOnlyList<string> RuleCandidates(ITaskRequest request, int count, PersonalizationContext personalization) =>
        RuleCandidates(request, count);

    /// <summary>Rule-based candidates, for rules that need I/O (an embedding model); by default the synchronous rules.</summary>
    Task<IReadOnlyList<string>> RuleCandidatesAsync(ITaskRequest request, int count, PersonalizationContext personalization, CancellationToken cancellationToken) =>
        Task.FromResult(RuleCandidates(request, count, personalization));

    /// <summary>The order to offer model candidates in, as indexes into <paramref name="candidates"/>, best first; by default as generated.</summary>
    Task<IReadOnlyList<int>> RankAsync(ITaskRequest request, IReadOnlyList<string> candidates, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<int>>([.. Enumerable.Range(0, candidates.Count)]);

    /// <summary>Names of the traits <see cref="RuleCandidates(ITaskRequest, int, PersonalizationContext)"/> honours for this request.</summary>
    IReadOnlyList<string> RuleTraits(ITaskRequest request, PersonalizationContext personalization) => [];

    /// <summary>The length limit in force: the request's, or the task's default for it.</summary>
    int MaxLength(ITaskRequest request);

    /// <summary>Normalizes one model candidate to the task's shape; null drops it (empty, or not this kind of text at all).</summary>
    string? Shape(string candidate, ITaskRequest request);

    /// <summary>Whether two candidates say the same thing (for smart replies: the same intent).</summary>
    bool SameMeaning(string a, string b);
}
