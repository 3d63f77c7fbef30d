using System.Net;
using GenGateway.Server.Tests.Apis;
using GenGateway.Server.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Tests.Auth;

public sealed class ScopePolicyTests
{
    [Fact]
    public async Task A_key_without_the_endpoints_scope_gets_403_problem_naming_the_scope()
    {
        await using var factory = GatewayFactory.Create(ApiKeys.Key(0, "writer", "acme", "generate"));
        using var client = factory.CreateClient();

        using var generate = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/ui-copy") { Content = Requests.Json(Requests.UiCopy) }.With("writer"));
        using var profile = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/users/u1/profile").With("writer"));

        Assert.Equal(HttpStatusCode.OK, generate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);
        Assert.Equal("application/problem+json", profile.Content.Headers.ContentType?.MediaType);
        var problem = await Requests.ReadJson(profile);
        Assert.Equal("urn:gengateway:problem:forbidden", problem.GetProperty("type").GetString());
        Assert.Contains("'profiles'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scope_names_are_matched_without_regard_to_case_and_star_holds_every_scope()
    {
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(ApiKeys.Key(0, "mixed", "acme", "Profiles"), ApiKeys.Key(1, "all", "acme", "*")));
        using var client = factory.CreateClient();

        using var mixed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/users/u1/profile").With("mixed"));
        using var all = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/feedback") { Content = Requests.Json("{}") }.With("all"));

        Assert.Equal(HttpStatusCode.OK, mixed.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, all.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, all.StatusCode);
    }

    [Fact]
    public async Task An_unknown_scope_in_configuration_stops_startup_naming_the_key_entry()
    {
        await using var factory = GatewayFactory.Create(GatewayFactory.Merge(ApiKeys.Key(0, "fine", "acme", "generate"), ApiKeys.Key(1, "typo", "acme", "generate", "profile")));

        var ex = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("GenGateway:Auth:Keys:1 ('typo') has unknown scope 'profile'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probes_and_the_openapi_document_stay_open_when_keys_are_on()
    {
        await using var factory = GatewayFactory.Create(ApiKeys.Key(0, "app", "acme", "generate"));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/users/u1/profile")).StatusCode);
    }
}
