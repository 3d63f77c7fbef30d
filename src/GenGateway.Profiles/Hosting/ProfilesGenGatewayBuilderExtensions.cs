using GenGateway.Core.Caching;
using GenGateway.Core.Configuration;
using GenGateway.Core.DependencyInjection;
using GenGateway.Core.Feedback;
using GenGateway.Core.Personalization;
using GenGateway.Core.Privacy;
using GenGateway.Profiles.Building;
using GenGateway.Profiles.Events;
using GenGateway.Profiles.Ingestion;
using GenGateway.Profiles.Persistence;
using GenGateway.Profiles.Personalization;
using GenGateway.Profiles.Privacy;
using GenGateway.Core.Tasks.Replies;
using GenGateway.Storage;
using GenGateway.Storage.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenGateway.Profiles.Hosting;

/// <summary>Registers user profiles on the gateway builder.</summary>
public static class ProfilesGenGatewayBuilderExtensions
{
    /// <summary>
    /// Adds event ingestion, profiles, consent, export and erasure, and makes profiles the gateway's personalization
    /// source. Needs an <see cref="IVectorStore"/> and an embedding generator (<c>AddGenGatewayVectorStore</c>).
    /// </summary>
    public static IGenGatewayBuilder AddProfiles(this IGenGatewayBuilder builder, IConfiguration configuration)
    {
        var services = builder.Services;
        services.AddOptions<ProfileOptions>().Bind(configuration.GetSection(ProfileOptions.SectionName))
            .Validate(o => o.MaxBatchSize is >= 1 and <= 10_000, "GenGateway:Profiles:MaxBatchSize must be between 1 and 10000.")
            .Validate(o => o.MaxTextLength is >= 1 and <= 1_000_000 && o.MaxSubjectLength is >= 1 and <= 100_000, "GenGateway:Profiles:MaxTextLength and MaxSubjectLength must be positive (at most 1000000 and 100000).")
            .Validate(o => o.MaxMetadataEntries is >= 0 and <= 1000, "GenGateway:Profiles:MaxMetadataEntries must be between 0 and 1000.")
            .Validate(o => o.MaxRequestBodyBytes is > 0 and <= 64 * 1024 * 1024, "GenGateway:Profiles:MaxRequestBodyBytes must be between 1 and 67108864.")
            .Validate(o => o.ExampleCount is >= 0 and <= 20, "GenGateway:Profiles:ExampleCount must be between 0 and 20.")
            .Validate(o => o.MaxExampleLength is >= 20 and <= 4000, "GenGateway:Profiles:MaxExampleLength must be between 20 and 4000.")
            .Validate(o => o.MinEvidence >= 1, "GenGateway:Profiles:MinEvidence must be at least 1.")
            .Validate(o => o.HalfLifeDays is >= 1 and <= 36_500, "GenGateway:Profiles:HalfLifeDays must be between 1 and 36500.")
            .Validate(o => o.InterestTerms is >= 0 and <= 50, "GenGateway:Profiles:InterestTerms must be between 0 and 50.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new UserPaths(sp.GetRequiredService<IOptions<GenGatewayOptions>>().Value.DataDirectory));
        services.TryAddSingleton(sp => PrivacyKeys.LoadOrCreate(sp.GetRequiredService<IOptions<GenGatewayOptions>>().Value.DataDirectory));
        services.TryAddSingleton(sp => new ErasureJournal(sp.GetRequiredService<IOptions<GenGatewayOptions>>().Value.DataDirectory, sp.GetRequiredService<PrivacyKeys>()));
        services.TryAddSingleton(sp => new ProfileFileStore(sp.GetRequiredService<UserPaths>()));
        services.TryAddSingleton<UserLocks>();
        services.TryAddSingleton(sp => new ConsentStore(sp.GetRequiredService<UserPaths>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ProfileService(sp.GetRequiredService<IVectorStore>(), sp.GetRequiredService<ProfileFileStore>(),
            sp.GetRequiredService<UserLocks>(), sp.GetRequiredService<IOptions<ProfileOptions>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<PrivacyKeys>(), sp.GetRequiredService<ILogger<ProfileService>>()));
        // Smart replies (and their relevance model) always use MiniLM, whatever embedder the store uses; one model per process.
        services.TryAddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(ReplySelector.EmbedderKey, MiniLmEmbeddingGenerator.Shared);
        services.TryAddSingleton<EventBatchValidator>();
        services.TryAddSingleton(sp => new EmbedderGuard(sp.GetRequiredService<IVectorStore>(), sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetService<EmbedderIdentity>()));
        services.TryAddSingleton(sp => new EventIngestor(sp.GetRequiredService<EventBatchValidator>(), sp.GetRequiredService<IVectorStore>(),
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(), sp.GetRequiredService<EmbedderGuard>(),
            sp.GetRequiredService<ProfileService>(), sp.GetRequiredService<PrivacyKeys>(), sp.GetRequiredService<ILogger<EventIngestor>>()));
        services.TryAddSingleton(sp => new UserDataService(sp.GetRequiredService<IVectorStore>(), sp.GetRequiredService<ProfileService>(),
            sp.GetRequiredService<ConsentStore>(), sp.GetRequiredService<OutputCacheEraser>(), sp.GetRequiredService<GenerationLedger>(),
            sp.GetRequiredService<FeedbackLog>(), sp.GetServices<IUserRecords>(), sp.GetRequiredService<ErasureJournal>(), sp.GetRequiredService<PrivacyKeys>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<UserDataService>>()));
        services.Replace(ServiceDescriptor.Singleton<IConsentReader>(sp => new ConsentReader(sp.GetRequiredService<ConsentStore>())));
        services.Replace(ServiceDescriptor.Singleton<IPersonalizationSource>(sp => new ProfilePersonalizationSource(
            sp.GetRequiredService<ConsentStore>(), sp.GetRequiredService<ProfileService>(), sp.GetRequiredService<IVectorStore>(),
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(), sp.GetRequiredService<PrivacyKeys>(),
            sp.GetRequiredService<ILogger<ProfilePersonalizationSource>>())));
        return builder;
    }
}
