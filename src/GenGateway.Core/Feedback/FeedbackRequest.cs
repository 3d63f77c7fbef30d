namespace GenGateway.Core.Feedback;

/// <summary>Body of <c>POST /v1/feedback</c>.</summary>
public sealed record FeedbackRequest
{
    /// <summary>The <c>requestId</c> of the generation response.</summary>
    public string? RequestId { get; init; }

    /// <summary>Index of the candidate in that response.</summary>
    public int? CandidateIndex { get; init; }

    /// <summary>accepted, rejected, edited, opened, clicked or replied.</summary>
    public string? Outcome { get; init; }

    /// <summary>The text the user finally sent, when they edited the candidate.</summary>
    public string? EditedText { get; init; }
}
