using GenGateway.Evaluation.Tone;

namespace GenGateway.Evaluation.Tests;

/// <summary>Builds evaluation contexts for tests.</summary>
internal static class Contexts
{
    public const string WinterBrief = "20% off winter coats, ends Sunday";

    public static EvaluationContext Brief(string brief, TaskKind task = TaskKind.SubjectLine, ToneKind? tone = null, int? maxLength = null) => new()
    {
        Task = task,
        Grounding = [new GroundingText(GroundingSource.Brief, brief)],
        RequestedTone = tone,
        MaxLength = maxLength,
    };
}
