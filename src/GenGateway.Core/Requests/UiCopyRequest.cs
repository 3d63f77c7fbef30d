using System.Text.Json.Serialization;

namespace GenGateway.Core.Requests;

/// <summary>Body of <c>POST /v1/ui-copy</c>.</summary>
public sealed record UiCopyRequest : ITaskRequest
{
    /// <inheritdoc />
    [JsonIgnore]
    public TaskKind Kind => TaskKind.UiCopy;

    /// <inheritdoc />
    public string? UserId { get; init; }

    /// <inheritdoc />
    public int? Count { get; init; }

    /// <inheritdoc />
    public string? Tone { get; init; }

    /// <inheritdoc />
    public int? MaxLength { get; init; }

    /// <summary>Element kind: cta, banner, onboarding-tip, empty-state, notification, tooltip, error, headline.</summary>
    public string? Element { get; init; }

    /// <summary>Screen, goal and facts.</summary>
    public UiCopyContext? Context { get; init; }

    /// <summary>BCP 47 locale of the copy.</summary>
    public string? Locale { get; init; }
}
