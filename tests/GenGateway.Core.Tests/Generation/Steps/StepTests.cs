using GenGateway.Core.Chat;
using GenGateway.Core.Guardrails;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Responses;
using GenGateway.Core.Tasks;

namespace GenGateway.Core.Generation.Steps;

public sealed class CandidateExtractionTests
{
    [Fact]
    public void Parses_shapes_and_drops_repeats_of_kept_or_earlier_candidates()
    {
        var request = new SubjectLineRequest { Brief = new Brief { Product = "coats" } };
        var task = new SubjectLineTask();

        var found = CandidateExtraction.Extract("```json\n[\"Coats 20% off\", \"Coats 20% off\", \"  New coats in  \", \"\"]\n```", task, request, ["New coats in"]);

        Assert.Equal(["Coats 20% off"], found);
    }
}

public sealed class FailureClassifierTests
{
    [Theory]
    [InlineData(typeof(HttpRequestException))]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(TimeoutException))]
    public void Transport_errors_are_the_providers_failure(Type type)
    {
        var failure = FailureClassifier.AsProviderFailure("p", (Exception)Activator.CreateInstance(type, "down")!);

        Assert.Equal(ProviderFailureKind.Unavailable, failure!.Kind);
    }

    [Fact]
    public void A_programming_error_is_not_a_provider_failure()
    {
        Assert.Null(FailureClassifier.AsProviderFailure("p", new NullReferenceException()));
        Assert.Null(FailureClassifier.AsProviderFailure("p", new InvalidOperationException("bug")));
    }
}

public sealed class RulesFallbackTests
{
    [Fact]
    public async Task Fills_only_the_missing_count_with_reviewed_candidates_of_new_meaning()
    {
        var request = new SmartReplyRequest { Thread = [new ThreadMessage { From = "ana", Text = "Can we meet Friday?" }] };
        var task = GenGateway.Core.Tests.Tasks.Replies.SmartReplyModel.Task;
        var reviewed = new List<string>();

        var (released, _) = await RulesFallback.FillAsync(task, request, PersonalizationContext.ColdStart, [], 2, text =>
        {
            reviewed.Add(text);
            return Task.FromResult(new CandidateReview(text, CandidateDecisions.Released, new Dictionary<string, double>(), []));
        }, CancellationToken.None);

        Assert.Equal(2, released.Count);
        Assert.False(task.SameMeaning(released[0].Text, released[1].Text));
        Assert.Equal(reviewed.Take(released.Count), released.Select(r => r.Text));
    }
}
