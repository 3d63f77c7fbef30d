using System.Net;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using GenGateway.Core.Chat;
using GenGateway.Core.DependencyInjection;
using GenGateway.Core.Guardrails;
using GenGateway.Core.Prompts;
using GenGateway.Core.Tasks.Replies;
using GenGateway.LlamaCpp.Gateway;
using GenGateway.Experiments.Hosting;
using GenGateway.Server.Hosting.LoadShedding;
using GenGateway.Profiles.Hosting;
using GenGateway.Profiles.Ingestion;
using GenGateway.Profiles.Privacy;
using GenGateway.Providers.DependencyInjection;
using GenGateway.Server.Apis;
using GenGateway.Server.Auth;
using GenGateway.Server.Errors;
using GenGateway.Storage.DependencyInjection;
using GenGateway.Storage.Embedded;
using GenGateway.Storage.Qdrant;
using GenGateway.Storage;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Hosting;

/// <summary>Composition of the HTTP host: what <c>Program.cs</c> calls.</summary>
public static class GenGatewayServerExtensions
{
    /// <summary>Address used when no URL is configured: loopback only, so a bare start exposes nothing.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    private const int KestrelUrlBytes = 64 * 1024;
    private const int KestrelHeaderBytes = 256 * 1024;
    private const int KestrelHeaderCount = 1000;

    /// <summary>Registers the gateway, providers and HTTP concerns (auth, limits, problem+json, OpenAPI).</summary>
    public static WebApplicationBuilder AddGenGatewayServer(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // Resolved once here so the store, profiles, feedback and the startup report all use the same folder.
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["GenGateway:DataDirectory"] = DataDirectoryDefault.Resolve(configuration) });
        builder.Services.AddGenGatewayVectorStore(configuration);
        builder.Services.AddGenGateway(configuration).AddHostedProviders().AddLocalModel(configuration).AddProfiles(configuration).AddExperiments(configuration);

        builder.Services.AddOptions<ServerOptions>().Bind(configuration.GetSection("GenGateway:Server"))
            .Validate(o => o.MaxRequestBodyBytes is > 0 and <= 64 * 1024 * 1024, "GenGateway:Server:MaxRequestBodyBytes must be between 1 and 67108864.")
            .Validate(o => o.MaxUrlBytes is >= 256 and <= KestrelUrlBytes / 2, $"GenGateway:Server:MaxUrlBytes must be between 256 and {KestrelUrlBytes / 2}.")
            .Validate(o => o.MaxHeaderBytes is >= 1024 and <= KestrelHeaderBytes / 2, $"GenGateway:Server:MaxHeaderBytes must be between 1024 and {KestrelHeaderBytes / 2}.")
            .Validate(o => o.MaxHeaderCount is >= 10 and <= KestrelHeaderCount / 2, $"GenGateway:Server:MaxHeaderCount must be between 10 and {KestrelHeaderCount / 2}.")
            .ValidateOnStart();
        // Kestrel's own limits sit well above the application's, so the application answers an over-long URL or
        // header set with problem+json (RequestLimitsMiddleware); Kestrel only cuts off what is far beyond them.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = KestrelUrlBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = KestrelHeaderBytes;
            kestrel.Limits.MaxRequestHeaderCount = KestrelHeaderCount;
        });
        builder.Services.AddGenGatewayAuth(configuration);
        builder.Services.AddGenGatewayHealthChecks();
        builder.Services.AddSingleton<JsonBody>();

        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<GatewayExceptionHandler>();
        builder.Services.AddOpenApi();
        AddRateLimiting(builder);
        builder.Services.AddOptions<LoadSheddingOptions>().Bind(configuration.GetSection(LoadSheddingOptions.SectionName))
            .Validate(o => o.MaxConcurrentGenerations >= 1 && o.QueueLimit >= 0, "GenGateway:LoadShedding:MaxConcurrentGenerations must be at least 1 and QueueLimit 0 or more.")
            .Validate(o => o.MaxQueueWaitSeconds > 0 && o.RetryAfterSeconds >= 1, "GenGateway:LoadShedding:MaxQueueWaitSeconds must be positive and RetryAfterSeconds at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<GenerationAdmission>();
        ConfigureListenAddress(builder);
        return builder;
    }

    /// <summary>Adds the middleware in order: errors, authentication and authorization (policies per endpoint), rate limits.</summary>
    public static WebApplication UseGenGatewayServer(this WebApplication app)
    {
        // Load prompts and build provider chains now, so a broken prompt file or provider stops startup
        // with its file and line instead of failing the first request.
        var report = new StartupReport(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GenGateway.Startup"), app.Services);
        report.LoadingPrompts();
        app.Services.GetRequiredService<PromptLibrary>();
        report.BuildingProviders();
        app.Services.GetRequiredService<ModelRouter>();
        app.Services.GetRequiredService<IGuardrailJudge>();
        // The evaluators too: the tone evaluator's politeness model needs the in-process MiniLM encoder.
        app.Services.GetRequiredService<GenGateway.Evaluation.EvaluatorSuite>();
        report.OpeningStore();
        CheckEmbedder(app);
        FinishPendingErasures(app);
        // The embedding model loads and the vetted smart replies are embedded at startup (once per process), not on the first request.
        report.LoadingEmbedder();
        app.Services.GetRequiredService<ReplySelector>().WarmAsync().GetAwaiter().GetResult();
        app.Lifetime.ApplicationStarted.Register(() => report.Ready(app.Urls));
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Maps every endpoint.</summary>
    public static WebApplication MapGenGatewayApis(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthApi();
        app.MapGenerationApi();
        app.MapFeedbackApi();
        app.MapExperimentsApi();
        app.MapUsersApi();
        return app;
    }

    /// <summary>
    /// Opens the vector store and checks that it holds vectors of the configured embedder: a different one stops
    /// startup with the store's message. A store that cannot be reached yet (Qdrant starting) is left to readiness.
    /// </summary>
    private static void CheckEmbedder(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<EmbedderGuard>().EnsureAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not EmbedderMismatchException and not VectorStoreLockedException)
        {
            app.Logger.LogWarning(ex, "The vector store could not be checked at startup; /readyz reports its state");
        }
    }

    /// <summary>
    /// Finishes erasures a stop cut short before any request is served, so nothing of a user whose erase was under way
    /// is readable after the restart. A store that cannot be reached yet keeps the journal for the next start.
    /// </summary>
    private static void FinishPendingErasures(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<UserDataService>().FinishPendingErasuresAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or QdrantStoreException or TimeoutException or InvalidOperationException)
        {
            app.Logger.LogWarning(ex, "An interrupted erase could not be finished at startup; it is retried at the next start");
        }
    }

    private static void AddRateLimiting(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection("GenGateway:RateLimit"))
            .Validate(o => o.RequestsPerMinute >= 0, "GenGateway:RateLimit:RequestsPerMinute must be 0 (off) or more.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var limit = context.HttpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.RequestsPerMinute;
                await Problems.Create(StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, "Rate limit exceeded.",
                    $"This tenant may send {limit} requests per minute.").ExecuteAsync(context.HttpContext);
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.RequestsPerMinute;
                return perMinute > 0 && http.Request.Path.StartsWithSegments("/v1")
                    ? RateLimitPartition.GetFixedWindowLimiter(http.GetCaller().Tenant, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty);
            });
        });
    }

    private static void ConfigureListenAddress(WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["urls"] ?? builder.Configuration["URLS"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(DefaultUrl);
            return;
        }

        var hasKeys = builder.Configuration.GetSection("GenGateway:Auth:Keys").GetChildren().Any();
        var exposed = urls.Split(';', StringSplitOptions.RemoveEmptyEntries).Where(u => !IsLoopback(u)).ToList();
        if (!hasKeys && exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"Refusing to listen on {string.Join(", ", exposed)} without API keys. Configure GenGateway:Auth:Keys, or bind to 127.0.0.1 / localhost.");
        }
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
