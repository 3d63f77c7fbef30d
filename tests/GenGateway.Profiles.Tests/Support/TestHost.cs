using GenGateway.Core.DependencyInjection;
using GenGateway.Core.Personalization;
using GenGateway.Profiles.Building;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Hosting;
using GenGateway.Profiles.Ingestion;
using GenGateway.Profiles.Privacy;
using GenGateway.Storage;
using GenGateway.Storage.Embedded;
using GenGateway.Storage.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GenGateway.Profiles.Tests.Support;

/// <summary>Profiles wired as the server wires them, over the real embedded store in a temp folder; the hashing embedder unless a test passes another.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestHost(string dataDirectory, ServiceProvider services)
    {
        DataDirectory = dataDirectory;
        _services = services;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => _services;

    public EventIngestor Ingestor => _services.GetRequiredService<EventIngestor>();

    public ProfileService Profiles => _services.GetRequiredService<ProfileService>();

    public UserDataService Data => _services.GetRequiredService<UserDataService>();

    public ConsentStore Consents => _services.GetRequiredService<ConsentStore>();

    public IPersonalizationSource Personalization => _services.GetRequiredService<IPersonalizationSource>();

    public IVectorStore Store => _services.GetRequiredService<IVectorStore>();

    /// <summary>Starts a host; <paramref name="store"/> replaces the embedded store, <paramref name="dataDirectory"/> reuses a folder (restart).</summary>
    public static TestHost Create(IDictionary<string, string?>? settings = null, IVectorStore? store = null, string? dataDirectory = null,
        IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("gengateway-profiles").FullName;
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["GenGateway:DataDirectory"] = dataDirectory };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(embedder ?? new HashingEmbeddingGenerator());
        if (store is null)
        {
            services.AddSingleton<IVectorStore>(_ => new EmbeddedVectorStore(new EmbeddedVectorStoreOptions { Directory = Path.Combine(dataDirectory, "vectors") }));
        }
        else
        {
            services.AddSingleton(store);
        }

        services.AddGenGateway(configuration).AddProfiles(configuration);
        return new TestHost(dataDirectory, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public Task<IngestResult> IngestAsync(string userId, params UserEvent[] events) =>
        IngestAsync("default", userId, events);

    public Task<IngestResult> IngestAsync(string tenant, string userId, params UserEvent[] events) =>
        Ingestor.IngestAsync(tenant, userId, new EventBatch { Events = events });

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
