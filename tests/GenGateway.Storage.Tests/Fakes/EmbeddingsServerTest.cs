namespace GenGateway.Storage.Tests.Fakes;

/// <summary>A test class with its own loopback embeddings endpoint and an <see cref="HttpClient"/> pointed at it.</summary>
public abstract class EmbeddingsServerTest : IAsyncLifetime
{
    protected FakeEmbeddingsServer Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FakeEmbeddingsServer.StartAsync();
        Http = new HttpClient { BaseAddress = Server.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
