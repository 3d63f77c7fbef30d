using System.Net;
using GenGateway.Server.Tests.Fakes;
using GenGateway.Storage;

namespace GenGateway.Server.Tests.Apis.Users;

public sealed class EmbedderStartupTests
{
    [Fact]
    public async Task Starting_with_hashing_over_stored_minilm_vectors_is_refused()
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
            ["GenGateway:Embeddings:Provider"] = "hashing",
            ["GenGateway:Embeddings:Dimensions"] = "512",
        });

        var error = Record.Exception(() => second.CreateClient());

        var mismatch = Assert.IsType<EmbedderMismatchException>(Unwrap(error));
        Assert.Equal(new EmbedderIdentity("minilm:all-MiniLM-L6-v2", 384), mismatch.Stored);
        Assert.Equal(new EmbedderIdentity("hashing-v1", 512), mismatch.Configured);
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
