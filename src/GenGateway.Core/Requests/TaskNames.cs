using System.Diagnostics.CodeAnalysis;

namespace GenGateway.Core.Requests;

/// <summary>The wire and configuration names of <see cref="TaskKind"/>: the one place they are spelled.</summary>
public static class TaskNames
{
    /// <summary><c>subject-lines</c>.</summary>
    public const string SubjectLines = "subject-lines";

    /// <summary><c>smart-replies</c>.</summary>
    public const string SmartReplies = "smart-replies";

    /// <summary><c>ui-copy</c>.</summary>
    public const string UiCopy = "ui-copy";

    /// <summary>Every task name, in <see cref="TaskKind"/> order.</summary>
    public static readonly IReadOnlyList<string> All = [SubjectLines, SmartReplies, UiCopy];

    /// <summary>The name of a task kind.</summary>
    public static string Of(TaskKind kind) => kind switch
    {
        TaskKind.SubjectLines => SubjectLines,
        TaskKind.SmartReplies => SmartReplies,
        TaskKind.UiCopy => UiCopy,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown task kind"),
    };

    /// <summary>The task kind a name stands for.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out TaskKind? kind)
    {
        kind = name switch
        {
            SubjectLines => TaskKind.SubjectLines,
            SmartReplies => TaskKind.SmartReplies,
            UiCopy => TaskKind.UiCopy,
            _ => null,
        };
        return kind is not null;
    }
}
