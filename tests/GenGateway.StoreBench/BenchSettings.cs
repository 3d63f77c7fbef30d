using System.Globalization;

namespace GenGateway.StoreBench;

/// <summary>Command-line settings of the store benchmark.</summary>
internal sealed record BenchSettings(int Points, int Users, int Queries, int Dimension, int BatchSize, int TextLength, string? Directory, bool Json, bool Keep)
{
    public static BenchSettings Parse(string[] args)
    {
        var settings = new BenchSettings(1_000_000, 10_000, 2_000, 384, 100, 160, null, false, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{args[i - 1]} needs a positive integer.");
            settings = args[i] switch
            {
                "--points" => settings with { Points = Number() },
                "--users" => settings with { Users = Number() },
                "--queries" => settings with { Queries = Number() },
                "--dimension" => settings with { Dimension = Number() },
                "--batch" => settings with { BatchSize = Number() },
                "--text-length" => settings with { TextLength = Number() },
                "--dir" => settings with { Directory = Next() },
                "--json" => settings with { Json = true },
                "--keep" => settings with { Keep = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --points --users --queries --dimension --batch --text-length --dir --json --keep"),
            };
        }

        return settings;
    }
}
