using GenGateway.EvalSuites.Assertions;
using GenGateway.EvalSuites.Model;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Loading;

/// <summary><c>assert:</c> lists. Values are checked after a case's vars are substituted, in <see cref="AddCase"/>.</summary>
internal sealed partial class SuiteParser
{
    private static List<AssertionSpec> ParseAssertions(YamlNode node, YamlReader reader)
    {
        var specs = new List<AssertionSpec>();
        if (reader.Sequence(node, "assert") is not { } list)
        {
            return specs;
        }

        foreach (var item in list.Children)
        {
            if (reader.Map(item, "an assertion") is { } map && ParseAssertion(map, reader) is { } spec)
            {
                specs.Add(spec);
            }
        }

        return specs;
    }

    private static AssertionSpec? ParseAssertion(YamlMappingNode map, YamlReader reader)
    {
        reader.OnlyKeys(map, "an assertion", "type", "value", "threshold", "weight", "candidates", "metric");
        if (Child(map, "type") is not { } typeNode || reader.String(typeNode, "type") is not { } written)
        {
            reader.Error(map, $"an assertion needs 'type:'; known: {string.Join(", ", AssertionCatalog.Names)}");
            return null;
        }

        if (AssertionCatalog.Resolve(written) is not { } resolved)
        {
            var known = AssertionCatalog.Names.Concat(AssertionCatalog.Names.Where(AssertionCatalog.IsNegatable).Select(n => "not-" + n));
            var hint = written.StartsWith("not-", StringComparison.OrdinalIgnoreCase) && AssertionCatalog.Resolve(written[4..]) is not null
                ? $"'{written[4..]}' cannot be negated"
                : Spelling.Closest(written, known) is { } meant
                    ? $"did you mean '{meant}'?"
                    : $"known: {string.Join(", ", AssertionCatalog.Names)} (and not-<type> for the text checks)";
            reader.Error(typeNode, $"unknown assertion type '{written}'; {hint}");
            return null;
        }

        var scope = CandidateScope.All;
        if (Child(map, "candidates") is { } scopeNode)
        {
            var text = reader.String(scopeNode, "candidates");
            if (!Enum.TryParse(text, ignoreCase: true, out scope) || text is null || char.IsDigit(text[0]))
            {
                reader.Error(scopeNode, "candidates must be all, any or first");
            }
        }

        return new AssertionSpec
        {
            Type = resolved.Type,
            Negated = resolved.Negated,
            Value = Child(map, "value") is { } v ? YamlReader.ToJson(v) : null,
            Threshold = Child(map, "threshold") is { } t ? reader.Number(t, "threshold") : null,
            Weight = Child(map, "weight") is { } w ? reader.Number(w, "weight", 0, 1000) ?? 1 : 1,
            Scope = scope,
            Metric = Child(map, "metric") is { } m ? reader.String(m, "metric") : null,
            Location = reader.At(map),
        };
    }
}
