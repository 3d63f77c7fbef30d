using System.Text.Json.Serialization;

namespace GenGateway.Core.Requests;

/// <summary>Body of <c>POST /v1/subject-lines</c>.</summary>
public sealed record SubjectLineRequest : ITaskRequest
{
    /// <inheritdoc />
    [JsonIgnore]
    public TaskKind Kind => TaskKind.SubjectLines;

    /// <inheritdoc />
    public string? UserId { get; init; }

    /// <inheritdoc />
    public int? Count { get; init; }

    /// <inheritdoc />
    public string? Tone { get; init; }

    /// <summary>BCP 47 locale of the copy, for example <c>en-US</c>.</summary>
    public string? Locale { get; init; }

    /// <inheritdoc />
    public int? MaxLength { get; init; }

    /// <summary>The campaign brief.</summary>
    public Brief? Brief { get; init; }
}
