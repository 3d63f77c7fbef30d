using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace GenGateway.Server.Tests.Fakes;

/// <summary>Hosts the gateway in memory with settings chosen by the test.</summary>
public static class GatewayFactory
{
    /// <summary>Creates a factory whose configuration is the defaults plus <paramref name="settings"/>.</summary>
    public static WebApplicationFactory<Program> Create(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            // Keep the machine's own environment out of the tests.
            ["OPENAI_API_KEY"] = string.Empty,
            ["ANTHROPIC_API_KEY"] = string.Empty,
            ["QDRANT_URL"] = string.Empty,
            ["GENGATEWAY_LOCAL_MODEL"] = string.Empty,
            ["GenGateway:DataDirectory"] = Directory.CreateTempSubdirectory("gengateway-test").FullName,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(all));
        });
    }

    /// <summary>Settings for one OpenAI-compatible provider pointing at a fake server.</summary>
    public static Dictionary<string, string?> Provider(string name, FakeOpenAIServer server, double timeoutSeconds = 5, int maxRetries = 2) => new()
    {
        [$"GenGateway:Providers:{name}:Type"] = "openai",
        [$"GenGateway:Providers:{name}:BaseUrl"] = server.BaseUrl,
        [$"GenGateway:Providers:{name}:ApiKey"] = "test-key",
        [$"GenGateway:Providers:{name}:Model"] = $"{name}-model",
        [$"GenGateway:Providers:{name}:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"GenGateway:Providers:{name}:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"GenGateway:Providers:{name}:RetryBaseDelayMilliseconds"] = "10",
        [$"GenGateway:Providers:{name}:MaxRetryDelaySeconds"] = "2",
    };

    /// <summary>Merges setting dictionaries; later ones win.</summary>
    public static Dictionary<string, string?> Merge(params IDictionary<string, string?>[] parts)
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
