using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GenGateway.Experiments.Assignment;

/// <summary>
/// Picks an arm by weighted rendezvous hashing: each arm scores <c>-ln(u)/weight</c> with <c>u</c> a uniform number
/// hashed from tenant, experiment, salt, unit and arm name, and the lowest score wins. Every replica and restart
/// computes the same arm with no shared state, arm <c>a</c> is chosen with probability <c>weight(a)/Σweight</c>, and a
/// weight change moves the fewest users: raising one arm only pulls users into it, lowering or stopping one only moves
/// users out of it, and users of the other arms stay where they were.
/// </summary>
internal static class ArmAssigner
{
    public static string Pick(string tenant, string experimentId, string salt, string unit, IEnumerable<KeyValuePair<string, double>> arms)
    {
        string? best = null;
        var bestScore = double.PositiveInfinity;
        foreach (var (name, weight) in arms)
        {
            var score = -Math.Log(Uniform(tenant, experimentId, salt, unit, name)) / weight;
            if (score < bestScore || (score == bestScore && string.CompareOrdinal(name, best) < 0))
            {
                best = name;
                bestScore = score;
            }
        }

        return best ?? throw new ArgumentException("no arm to pick from", nameof(arms));
    }

    // A number in (0, 1) from the first 53 bits of SHA-256 over the unit separator-joined parts.
    internal static double Uniform(string tenant, string experimentId, string salt, string unit, string arm)
    {
        var text = string.Join('\u001f', tenant, experimentId, salt, unit, arm);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        var bits = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11;
        return (bits + 0.5) / (1UL << 53);
    }
}
