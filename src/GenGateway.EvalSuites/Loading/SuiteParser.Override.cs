using GenGateway.EvalSuites.Model;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Loading;

/// <summary>Provider ids given on the command line (<c>--provider</c>) in place of every suite's matrix.</summary>
internal sealed partial class SuiteParser
{
    /// <summary>What a problem in an overriding provider id is reported against.</summary>
    public const string OverrideSource = "--provider";

    /// <summary>
    /// Parses provider ids as the suite's <c>providers:</c> list would; a <c>local:</c> path is relative to the
    /// working directory. Null when any error was recorded.
    /// </summary>
    public static IReadOnlyList<ProviderSpec>? ParseProviderIds(IReadOnlyList<string> ids, List<SuiteError> errors)
    {
        var before = errors.Count;
        var parser = new SuiteParser(OverrideSource, errors);
        var providers = parser.ParseProviders(new YamlSequenceNode(ids.Select(id => new YamlScalarNode(id))), SuiteOptions.Default);
        if (errors.Count == before)
        {
            return providers;
        }

        // The nodes were made here, not read from a file: their line and column mean nothing.
        for (var i = before; i < errors.Count; i++)
        {
            errors[i] = errors[i] with { Location = new SourceLocation(OverrideSource, 0) };
        }

        return null;
    }
}
