using System.Net;
using GenGateway.Server.Tests.Fakes;
using GenGateway.Storage;

namespace GenGateway.Server.Tests.Apis.Users;

public sealed class EmbedderStartupTests
{
    [Fact]
    public async Task Starting_with_another_embedder_over_stored_vectors_is_refused()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-embedder").FullName;
        await using (var first = GatewayFactory.Create(new Dictionary<string, string?> { ["GenGateway:DataDirectory"] = data }))
        {
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/v1/users/ann/events", Requests.Json(UserBodies.CasualHistory()))).StatusCode);
        }

        await using var second = GatewayFactory.Create(new Dictionary<string, string?>
        {
            ["GenGateway:DataDirectory"] = data,
            ["GenGateway:Embeddings:Dimensions"] = "512",
        });

        var error = Record.Exception(() => second.CreateClient());

        var mismatch = Assert.IsType<EmbedderMismatchException>(Unwrap(error));
        Assert.Equal(384, mismatch.Stored.Dimension);
        Assert.Equal(512, mismatch.Configured.Dimension);
    }

    private static Exception? Unwrap(Exception? error)
    {
        while (error is not null and not EmbedderMismatchException && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }
}
