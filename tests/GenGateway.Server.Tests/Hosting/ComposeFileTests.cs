using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GenGateway.Server.Hosting;
using GenGateway.Storage.Qdrant;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YamlDotNet.Serialization;

namespace GenGateway.Server.Tests.Hosting;

/// <summary>
/// No Docker engine runs here, so docker-compose.yml is checked against what the gateway itself requires: its
/// environment goes through the gateway's own settings validation and listen-address rule, and its wiring (Qdrant's
/// gRPC port and key, the data volume, the replicas behind one port) is read from the file.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly Dictionary<string, string> Shell = new(StringComparer.Ordinal)
    {
        ["QDRANT_API_KEY"] = "qdrant-secret",
        ["GENGATEWAY_API_KEY_SHA256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("client-key"))),
    };

    [Fact]
    public void The_gateway_accepts_the_compose_environment()
    {
        var environment = GatewayEnvironment(Shell);

        using var app = BuildGateway(environment);

        // Every option registered with ValidateOnStart, exactly as the host checks them when it starts.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal("qdrant", app.Services.GetRequiredService<IOptions<Storage.DependencyInjection.VectorStoreSelection>>().Value.Backend);
        Assert.Contains("0.0.0.0", environment["ASPNETCORE_URLS"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_its_api_keys_the_gateway_refuses_the_public_address()
    {
        var environment = GatewayEnvironment(Shell);
        foreach (var key in environment.Keys.Where(k => k.StartsWith("GenGateway__Auth__", StringComparison.Ordinal)).ToList())
        {
            environment.Remove(key);
        }

        var error = Assert.Throws<InvalidOperationException>(() => BuildGateway(environment));

        Assert.Contains("Refusing to listen on http://0.0.0.0:8080", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QDRANT_API_KEY")]
    [InlineData("GENGATEWAY_API_KEY_SHA256")]
    public void Compose_stops_when_a_required_key_is_not_set(string missing)
    {
        var shell = Shell.Where(kv => kv.Key != missing).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => GatewayEnvironment(shell));

        Assert.StartsWith($"compose: {missing}: set {missing}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gateway_reaches_qdrants_grpc_port_with_qdrants_own_key()
    {
        var compose = Compose();
        var gateway = GatewayEnvironment(Shell);
        var qdrant = EnvironmentOf(Service(compose, "qdrant"), Shell);

        var url = new Uri(gateway["QDRANT_URL"]);
        Assert.Equal("qdrant", url.Host);
        Assert.Equal(qdrant.TryGetValue("QDRANT__SERVICE__GRPC_PORT", out var port) ? int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) : QdrantOptions.GrpcPort, url.Port);
        Assert.Equal(qdrant["QDRANT__SERVICE__API_KEY"], gateway["QDRANT_API_KEY"]);
        Assert.Equal("service_healthy", Map(Map(Service(compose, "gateway")["depends_on"])["qdrant"])["condition"]);
    }

    [Fact]
    public void The_data_directory_is_a_named_volume()
    {
        var compose = Compose();
        var dataDirectory = GatewayEnvironment(Shell)["GenGateway__DataDirectory"];

        var mounts = List(Service(compose, "gateway")["volumes"]).Select(v => v.Split(':')).ToList();

        var mount = Assert.Single(mounts, m => m.Length >= 2 && m[1] == dataDirectory);
        Assert.True(Map(compose["volumes"]).ContainsKey(mount[0]), $"'{mount[0]}' is not a named volume of the compose file");
    }

    [Fact]
    public void Two_replicas_share_one_published_port()
    {
        var compose = Compose();
        var gateway = Service(compose, "gateway");
        var listen = new Uri(GatewayEnvironment(Shell)["ASPNETCORE_URLS"]);

        Assert.Equal("2", Map(gateway["deploy"])["replicas"]);
        Assert.False(gateway.ContainsKey("ports"), "replicas cannot each publish the same host port");
        var proxy = Service(compose, "proxy");
        Assert.Equal([$"{listen.Port}:8080"], List(proxy["ports"]));
        var config = (string)Map(Map(compose["configs"])["gateway-proxy"])["content"];
        Assert.Contains($"server gateway:{listen.Port};", config, StringComparison.Ordinal);
    }

    private static WebApplication BuildGateway(Dictionary<string, string> environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Configuration.Sources.Clear();

        // What the .NET host makes of environment variables: ASPNETCORE_ is a prefix, '__' separates sections.
        builder.Configuration.AddInMemoryCollection(environment.Select(kv => new KeyValuePair<string, string?>(
            kv.Key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) ? kv.Key["ASPNETCORE_".Length..] : kv.Key.Replace("__", ":", StringComparison.Ordinal),
            kv.Value)));
        builder.AddGenGatewayServer();
        return builder.Build();
    }

    private static Dictionary<string, string> GatewayEnvironment(IReadOnlyDictionary<string, string> shell) =>
        EnvironmentOf(Service(Compose(), "gateway"), shell);

    private static Dictionary<string, string> EnvironmentOf(Dictionary<object, object> service, IReadOnlyDictionary<string, string> shell) =>
        Map(service["environment"]).ToDictionary(kv => (string)kv.Key, kv => Interpolate((string)kv.Value, shell), StringComparer.Ordinal);

    /// <summary>Compose's interpolation: <c>${X}</c>, <c>${X:-default}</c>, <c>${X:?error}</c> (stops when unset or empty), <c>$$</c>.</summary>
    private static string Interpolate(string value, IReadOnlyDictionary<string, string> shell) =>
        Variable().Replace(value, m =>
        {
            if (m.Value == "$$")
            {
                return "$";
            }

            var set = shell.TryGetValue(m.Groups["name"].Value, out var found) && found.Length > 0;
            return m.Groups["op"].Value switch
            {
                ":-" => set ? found! : m.Groups["arg"].Value,
                ":?" => set ? found! : throw new InvalidOperationException($"compose: {m.Groups["name"].Value}: {m.Groups["arg"].Value}"),
                _ => set ? found! : string.Empty,
            };
        });

    private static Dictionary<object, object> Compose()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docker-compose.yml")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(directory.FullName, "docker-compose.yml")));
    }

    private static Dictionary<object, object> Service(Dictionary<object, object> compose, string name) => Map(Map(compose["services"])[name]);

    private static Dictionary<object, object> Map(object node) => Assert.IsType<Dictionary<object, object>>(node);

    private static List<string> List(object node) => Assert.IsType<List<object>>(node).Cast<string>().ToList();

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:[-?])(?<arg>[^}]*))?\}")]
    private static partial Regex Variable();
}
