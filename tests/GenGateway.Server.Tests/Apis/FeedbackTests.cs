using System.Net;
using GenGateway.Core.Feedback;
using GenGateway.Server.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Server.Tests.Apis;

public sealed class FeedbackTests
{
    [Fact]
    public async Task Feedback_on_a_released_candidate_is_stored_with_what_was_generated()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();
        var generated = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Requests.SubjectLines)));
        var requestId = generated.GetProperty("requestId").GetString();

        using var response = await client.PostAsync("/v1/feedback", Requests.Json($$"""{ "requestId": "{{requestId}}", "candidateIndex": 1, "outcome": "accepted" }"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = Assert.Single(await factory.Services.GetRequiredService<FeedbackLog>().ReadAllAsync());
        Assert.Equal("u-123", stored.UserId);
        Assert.Equal(Requests.Texts(generated)[1], stored.CandidateText);
        Assert.Equal("subject-lines", stored.Task);
    }

    [Theory]
    [InlineData("""{ "requestId": "nope", "candidateIndex": 0, "outcome": "accepted" }""", HttpStatusCode.NotFound)]
    [InlineData("""{ "requestId": "x", "candidateIndex": 0, "outcome": "loved" }""", HttpStatusCode.BadRequest)]
    [InlineData("""{ "candidateIndex": 0, "outcome": "accepted" }""", HttpStatusCode.BadRequest)]
    public async Task Bad_feedback_gets_a_problem(string body, HttpStatusCode expected)
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v1/feedback", Requests.Json(body));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Candidate_index_out_of_range_is_a_field_error()
    {
        await using var factory = GatewayFactory.Create();
        using var client = factory.CreateClient();
        var generated = await Requests.ReadJson(await client.PostAsync("/v1/ui-copy", Requests.Json(Requests.UiCopy)));

        using var response = await client.PostAsync("/v1/feedback",
            Requests.Json($$"""{ "requestId": "{{generated.GetProperty("requestId").GetString()}}", "candidateIndex": 7, "outcome": "clicked" }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Requests.ReadJson(response)).GetProperty("errors").TryGetProperty("candidateIndex", out _));
    }
}
