namespace GenGateway.Core.Responses;

/// <summary>The response of all three generation endpoints.</summary>
public sealed record GenerationResponse
{
    /// <summary>Identifier to quote in feedback.</summary>
    public required string RequestId { get; init; }

    /// <summary><see cref="GenerationSource"/>: model, rules, cache or none.</summary>
    public required string Source { get; init; }

    /// <summary>Released candidates (with <c>?explain=true</c> also rejected ones).</summary>
    public required IReadOnlyList<CandidateResult> Candidates { get; init; }

    /// <summary>Why no suggestion is offered (smart replies), otherwise null.</summary>
    public string? NoSuggestionReason { get; init; }

    /// <summary>What personalization was applied.</summary>
    public required PersonalizationInfo Personalization { get; init; }

    /// <summary>The prompt function used.</summary>
    public required PromptInfo Prompt { get; init; }

    /// <summary>Model id that produced the candidates, or <c>rules</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Timings of the request.</summary>
    public required Timings Timings { get; init; }

    /// <summary>The experiment and arm that served this request, when one did.</summary>
    public ExperimentInfo? Experiment { get; init; }
}
