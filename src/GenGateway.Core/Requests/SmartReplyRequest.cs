using System.Text.Json.Serialization;

namespace GenGateway.Core.Requests;

/// <summary>Body of <c>POST /v1/smart-replies</c>.</summary>
public sealed record SmartReplyRequest : ITaskRequest
{
    /// <inheritdoc />
    [JsonIgnore]
    public TaskKind Kind => TaskKind.SmartReplies;

    /// <inheritdoc />
    public string? UserId { get; init; }

    /// <inheritdoc />
    public int? Count { get; init; }

    /// <inheritdoc />
    public string? Tone { get; init; }

    /// <inheritdoc />
    public int? MaxLength { get; init; }

    /// <summary>The thread, oldest message first; the last one is answered.</summary>
    public IReadOnlyList<ThreadMessage>? Thread { get; init; }
}
