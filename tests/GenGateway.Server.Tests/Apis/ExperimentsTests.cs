using System.Net;
using System.Text.Json;
using GenGateway.Server.Tests.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GenGateway.Server.Tests.Apis;

public sealed class ExperimentsTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("gg-experiments").FullName, "experiments.json");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    private static string Config(string variantStatus = "running", string variantWeight = "1") => $$"""
        { "GenGateway": { "Experiments": { "Definitions": { "winter": {
            "Task": "subject-lines", "Salt": "2026-12", "PrimaryOutcome": "clicked",
            "Arms": { "holdout": { "Control": true, "Holdout": "empty" },
                      "variant": { "Weight": {{variantWeight}}, "Status": "{{variantStatus}}" } } } } } } }
        """;

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Create()
    {
        File.WriteAllText(_file, Config());
        return GatewayFactory.Create().WithWebHostBuilder(builder =>
            builder.ConfigureAppConfiguration(config => config.AddJsonFile(_file, optional: false, reloadOnChange: true)));
    }

    private static string Body(string user) => Requests.SubjectLines.Replace("\"u-123\"", $"\"{user}\"", StringComparison.Ordinal);

    [Fact]
    public async Task A_two_arm_experiment_assigns_records_outcomes_and_reports_lift_and_guard_columns()
    {
        await using var factory = Create();
        using var client = factory.CreateClient();
        var arms = new Dictionary<string, (string RequestId, string Arm)>();
        for (var i = 0; i < 40; i++)
        {
            var body = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Body($"user-{i}"))));
            var experiment = body.GetProperty("experiment");
            Assert.Equal("winter", experiment.GetProperty("id").GetString());
            var arm = experiment.GetProperty("arm").GetString()!;
            Assert.Equal(arm == "holdout", body.GetProperty("candidates").GetArrayLength() == 0);
            arms[$"user-{i}"] = (body.GetProperty("requestId").GetString()!, arm);
        }

        Assert.Contains(arms.Values, a => a.Arm == "variant");
        Assert.Contains(arms.Values, a => a.Arm == "holdout");
        var clicks = arms.Values.Where(a => a.Arm == "variant").Take(5).Select(a => $$"""{ "requestId": "{{a.RequestId}}", "outcome": "clicked" }""");
        using var recorded = await client.PostAsync("/v1/experiments/outcomes", Requests.Json(
            $$"""{ "outcomes": [ {{string.Join(",", clicks)}}, { "requestId": "unknown", "outcome": "clicked" }, { "requestId": "x", "outcome": "liked" } ] }"""));
        Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        var result = await Requests.ReadJson(recorded);
        Assert.Equal(5, result.GetProperty("recorded").GetInt32());
        Assert.Equal(2, result.GetProperty("rejected").GetInt32());
        var fields = result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("outcomes[5].requestId", fields);
        Assert.Contains("outcomes[6].outcome", fields);

        var report = await Requests.ReadJson(await client.GetAsync("/v1/experiments/winter/report"));
        var variant = report.GetProperty("arms").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "variant");
        Assert.Equal(arms.Values.Count(a => a.Arm == "variant"), variant.GetProperty("users").GetInt32());
        Assert.Equal(5, variant.GetProperty("outcomes").GetProperty("clicked").GetProperty("users").GetInt32());
        Assert.True(variant.GetProperty("outcomes").GetProperty("clicked").GetProperty("absoluteLift").GetProperty("low").GetDouble() < 0.5);
        Assert.True(variant.GetProperty("guard").GetProperty("candidates").GetInt32() >= variant.GetProperty("exposures").GetInt32());
        Assert.Equal(1.0, variant.GetProperty("guard").GetProperty("rulesShare").GetDouble());
        Assert.False(report.GetProperty("sampleRatio").GetProperty("mismatch").GetBoolean());

        using var unknown = await client.GetAsync("/v1/experiments/nope/report");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Stopping_an_arm_in_configuration_takes_effect_on_the_next_request_and_a_bad_reload_keeps_the_last_good_set()
    {
        await using var factory = Create();
        using var client = factory.CreateClient();
        var variantUser = "";
        for (var i = 0; variantUser.Length == 0; i++)
        {
            var body = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Body($"user-{i}"))));
            variantUser = body.GetProperty("experiment").GetProperty("arm").GetString() == "variant" ? $"user-{i}" : "";
        }

        File.WriteAllText(_file, Config(variantWeight: "-1"));
        await Task.Delay(1500);
        var stillThere = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Body(variantUser))));
        Assert.Equal("variant", stillThere.GetProperty("experiment").GetProperty("arm").GetString());

        File.WriteAllText(_file, Config(variantStatus: "stopped"));
        JsonElement after = default;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            after = await Requests.ReadJson(await client.PostAsync("/v1/subject-lines", Requests.Json(Body(variantUser))));
            if (!after.TryGetProperty("experiment", out var experiment) || experiment.ValueKind == JsonValueKind.Null)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.True(!after.TryGetProperty("experiment", out var gone) || gone.ValueKind == JsonValueKind.Null, "the stopped arm was still served after 10 s");
        Assert.NotEmpty(Requests.Texts(after));
    }
}
