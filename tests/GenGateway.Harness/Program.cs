using System.Globalization;
using GenGateway.Harness;

// Usage:
//   upstream --port P [--fault-rate 0.3] [--seed N]   fake OpenAI-compatible chat + embeddings server
//   floor --port P --upstream URL                      bare ASP.NET Core + HttpClient proxy (the floor)
//   faults --gateway URL --upstream-control URL [--seconds N]   fault-mode driver (see FaultDriver)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: upstream|floor|faults [options]");
    return 2;
}

var options = Options.Parse(args.AsSpan(1));
try
{
    return args[0] switch
    {
        "upstream" => await FakeUpstream.RunAsync(options.Int("port"), options.Double("fault-rate", 0), options.Int("seed", 1)),
        "floor" => await FloorProxy.RunAsync(options.Int("port"), new Uri(options.String("upstream"))),
        "faults" => await FaultDriver.RunAsync(new Uri(options.String("gateway")), new Uri(options.String("upstream-control")), options.Double("seconds", 40)),
        _ => Usage(args[0]),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"harness: {ex.Message}");
    return 2;
}

static int Usage(string mode)
{
    Console.Error.WriteLine($"harness: unknown mode '{mode}' (upstream, floor, faults)");
    return 2;
}

namespace GenGateway.Harness
{
    internal sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(ReadOnlySpan<string> args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"expected an option, got '{args[i]}'");
                }

                values[args[i][2..]] = args[i + 1];
            }

            return new Options(values);
        }

        public string String(string name) =>
            values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

        public int Int(string name, int? fallback = null) => values.TryGetValue(name, out var value)
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : fallback ?? throw new ArgumentException($"--{name} is required");

        public double Double(string name, double fallback) =>
            values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;
    }
}
