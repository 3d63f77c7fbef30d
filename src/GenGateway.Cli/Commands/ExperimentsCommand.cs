using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GenGateway.Core.DependencyInjection;
using GenGateway.Core.Generation;
using GenGateway.Experiments.Reporting;
using GenGateway.Experiments.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.Cli.Commands;

/// <summary>
/// <c>gengateway experiments report &lt;id&gt;</c> (from a running gateway) and <c>gengateway experiments simulate</c>
/// (synthetic users with known rates through the real pipeline, to check the report's intervals and SRM alarm).
/// </summary>
public static class ExperimentsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Builds the <c>experiments</c> command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Experiment id as declared under GenGateway:Experiments:Definitions" };
        var url = new Option<string>("--url")
        {
            Description = "The gateway's base URL (environment: GENGATEWAY_URL)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GENGATEWAY_URL") ?? "http://127.0.0.1:5000",
        };
        var apiKey = new Option<string?>("--api-key") { Description = "API key, when the gateway has keys (environment: GENGATEWAY_API_KEY)" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of a table" };
        var report = new Command("report", "Per-arm users, exposures, outcome rates, lift against control with 95% intervals, SRM check, novelty and guard picture")
        {
            id, url, apiKey, json,
        };
        report.SetAction((parse, token) => ReportAsync(parse.GetValue(id)!, parse.GetValue(url)!,
            parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("GENGATEWAY_API_KEY"), parse.GetValue(json), Console.Out, Console.Error, token));

        var users = new Option<int>("--users") { Description = "Synthetic users per run", DefaultValueFactory = _ => 2000 };
        var seeds = new Option<int>("--seeds") { Description = "Runs, each with its own salt and random stream", DefaultValueFactory = _ => 100 };
        var controlRate = new Option<double>("--control-rate") { Description = "True click rate in the control", DefaultValueFactory = _ => 0.10 };
        var variantRate = new Option<double>("--variant-rate") { Description = "True click rate in the variant", DefaultValueFactory = _ => 0.12 };
        var drop = new Option<double>("--drop-variant-exposures") { Description = "Share of the variant's exposures the log loses (a broken split)", DefaultValueFactory = _ => 0 };
        var simulate = new Command("simulate", "Drive synthetic users with known rates through the real gateway and check the report's intervals and SRM alarm")
        {
            users, seeds, controlRate, variantRate, drop, json,
        };
        simulate.SetAction((parse, token) => SimulateAsync(new SimulationSettings
        {
            Users = parse.GetValue(users),
            Seeds = parse.GetValue(seeds),
            ControlRate = parse.GetValue(controlRate),
            VariantRate = parse.GetValue(variantRate),
            DropVariantExposures = parse.GetValue(drop),
        }, parse.GetValue(json), Console.Out, Console.Error, token));

        return new Command("experiments", "Experiment reports and the simulation that checks them") { report, simulate };
    }

    /// <summary>Fetches and prints a report. Exit 0, or 2 with one line when the gateway or the experiment cannot be found.</summary>
    public static async Task<int> ReportAsync(string id, string url, string? apiKey, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"--url: '{url}' is not an http(s) URL");
            return ExitCodes.InvalidInput;
        }

        using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrEmpty(apiKey))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        string body;
        try
        {
            using var response = await client.GetAsync($"v1/experiments/{Uri.EscapeDataString(id)}/report", cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await error.WriteLineAsync($"{baseUri}: {(int)response.StatusCode} {ProblemDetail(body) ?? response.ReasonPhrase}");
                return ExitCodes.InvalidInput;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{baseUri}: cannot reach the gateway ({ex.Message})");
            return ExitCodes.InvalidInput;
        }

        if (json)
        {
            await output.WriteLineAsync(body);
            return ExitCodes.Success;
        }

        var report = JsonSerializer.Deserialize<ExperimentReport>(body, Json)!;
        await WriteTableAsync(report, output);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Runs the simulation and prints coverage and SRM figures. Exit 0 when the report behaves as it should — coverage of the
    /// true lift within 93–97% for a sound split, the SRM alarm in at least 90% of runs for a broken one — else 1.
    /// </summary>
    public static async Task<int> SimulateAsync(SimulationSettings settings, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (settings.Users < 100 || settings.Seeds < 1 || settings.ControlRate is <= 0 or >= 1 || settings.VariantRate is <= 0 or >= 1
            || settings.DropVariantExposures is < 0 or >= 1)
        {
            await error.WriteLineAsync("--users must be at least 100, --seeds at least 1, rates strictly between 0 and 1, --drop-variant-exposures in [0, 1)");
            return ExitCodes.InvalidInput;
        }

        var work = Directory.CreateTempSubdirectory("gengateway-simulate").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GenGateway:DataDirectory"] = Path.Combine(work, "gateway"),
                ["GenGateway:PromptsDirectory"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
            }).Build();
            var services = new ServiceCollection();
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
            // Smart replies choose from the vetted set with the process's one MiniLM model (profiles register it in the server).
        services.AddKeyedSingleton<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(
            GenGateway.Core.Tasks.Replies.ReplySelector.EmbedderKey, GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared);
        services.AddGenGateway(configuration);
            await using var provider = services.BuildServiceProvider();
            var simulator = new ExperimentSimulator(provider.GetRequiredService<GenerationPipeline>(), Path.Combine(work, "runs"));
            var done = 0;
            var result = await simulator.RunAsync(settings, new Progress<SimulationRun>(_ =>
            {
                if (!json && Interlocked.Increment(ref done) % 10 == 0)
                {
                    error.Write($"\r{done}/{settings.Seeds} runs");
                }
            }), cancellationToken);
            if (!json)
            {
                await error.WriteLineAsync();
            }

            var ok = settings.DropVariantExposures > 0 ? result.MismatchRate >= 0.9 : result.Coverage is >= 0.93 and <= 0.97;
            if (json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { result.Settings, result.TrueLift, result.Coverage, result.MismatchRate, result.MeanEstimate, ok }, Json));
            }
            else
            {
                var c = CultureInfo.InvariantCulture;
                await output.WriteLineAsync(string.Create(c, $"{settings.Seeds} runs × {settings.Users} users; true lift {result.TrueLift:+0.0000;-0.0000} (control {settings.ControlRate:P1}, variant {settings.VariantRate:P1})"));
                await output.WriteLineAsync(string.Create(c, $"mean estimated lift {result.MeanEstimate:+0.0000;-0.0000}; 95% intervals covering the true lift: {result.Coverage:P1}"));
                await output.WriteLineAsync(string.Create(c, $"sample-ratio mismatch flagged (p < 0.001): {result.MismatchRate:P1} of runs{(settings.DropVariantExposures > 0 ? $" (the variant lost {settings.DropVariantExposures:P0} of its exposures)" : "")}"));
                await output.WriteLineAsync(ok ? "check: PASS" : "check: FAIL");
            }

            return ok ? ExitCodes.Success : ExitCodes.Failures;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task WriteTableAsync(ExperimentReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync($"experiment {report.Id} ({report.Task}, {report.Status}); primary outcome '{report.PrimaryOutcome}', control '{report.Control}'");
        await output.WriteLineAsync(string.Create(c, $"{"arm",-14} {"status",-8} {"users",7} {"expos.",7} {"rate",7} {"abs. lift [95% CI]",-28} {"rel. lift [95% CI]",-28} {"rejected",8} {"repaired",8} {"rules",6}  mean scores"));
        foreach (var arm in report.Arms)
        {
            var primary = arm.Outcomes[report.PrimaryOutcome];
            var scores = string.Join(' ', arm.Guard.MeanScores.Select(s => string.Create(c, $"{s.Key} {s.Value:0.00}")));
            await output.WriteLineAsync(string.Create(c,
                $"{arm.Name,-14} {arm.Status,-8} {arm.Users,7} {arm.Exposures,7} {primary.Rate,7:P1} {Format(primary.AbsoluteLift, "P2"),-28} {Format(primary.RelativeLift, "P1"),-28} {arm.Guard.RejectedShare,8:P1} {arm.Guard.RepairedShare,8:P1} {arm.Guard.RulesShare,6:P0}  {scores}"));
        }

        var srm = report.SampleRatio;
        await output.WriteLineAsync(string.Create(c, $"sample ratio over {string.Join(", ", srm.Arms)}: chi² {srm.ChiSquare:0.00}, p {srm.PValue:0.0000}{(srm.Mismatch ? "  MISMATCH: the split is broken; do not trust the lift" : "  ok")}"));
        foreach (var week in report.Novelty)
        {
            var rates = string.Join("  ", week.Rates.Select(r => string.Create(c, $"{r.Key} {r.Value.Rate:P1} of {r.Value.Users}")));
            var lifts = string.Join("  ", week.AbsoluteLift.Select(l => $"{l.Key} {Format(l.Value, "P2")}"));
            await output.WriteLineAsync($"week {week.Week}: {rates}; lift {lifts}");
        }

        await output.WriteLineAsync($"method: {report.Method}");
    }

    private static string Format(GenGateway.Experiments.Statistics.Interval? interval, string format) => interval is null
        ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{interval.Estimate.ToString(format, CultureInfo.InvariantCulture)} [{interval.Low.ToString(format, CultureInfo.InvariantCulture)}, {interval.High.ToString(format, CultureInfo.InvariantCulture)}]");

    private static string? ProblemDetail(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
