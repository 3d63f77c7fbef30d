using GenGateway.Core.Responses;

namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>Builds gateway responses for assertion tests.</summary>
public static class Responses
{
    public static GenerationResponse With(params string[] candidates) => new()
    {
        RequestId = "r-1",
        Source = candidates.Length == 0 ? GenerationSource.None : GenerationSource.Model,
        Candidates = [.. candidates.Select(c => new CandidateResult { Text = c })],
        Personalization = new PersonalizationInfo(),
        Prompt = new PromptInfo("subject-lines", "abc"),
        Model = "fake",
        Timings = new Timings(),
    };

    public static GenerationResponse NoSuggestion(string reason) => With() with { NoSuggestionReason = reason };
}
