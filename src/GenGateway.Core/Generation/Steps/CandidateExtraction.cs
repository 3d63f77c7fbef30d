using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;

namespace GenGateway.Core.Generation.Steps;

/// <summary>
/// The parse step: a model's answer becomes the task's candidates — parsed out of whatever wrapping the model used,
/// shaped to the task, and without any that mean the same as one already kept or earlier in the answer.
/// </summary>
internal static class CandidateExtraction
{
    public static IReadOnlyList<string> Extract(string answer, ITaskDefinition task, ITaskRequest request, IReadOnlyCollection<string> kept)
    {
        var result = new List<string>();
        foreach (var raw in CandidateParser.Parse(answer))
        {
            if (task.Shape(raw, request) is { } shaped
                && !kept.Any(k => task.SameMeaning(k, shaped))
                && !result.Any(r => task.SameMeaning(r, shaped)))
            {
                result.Add(shaped);
            }
        }

        return result;
    }
}
