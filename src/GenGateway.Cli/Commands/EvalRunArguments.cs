namespace GenGateway.Cli.Commands;

/// <summary>The parsed arguments of <c>gengateway eval run</c>.</summary>
public sealed record EvalRunArguments
{
    /// <summary>A suite file or a folder of suites.</summary>
    public required string Path { get; init; }

    /// <summary>Where to write the JSON results (also the baseline format).</summary>
    public string? Json { get; init; }

    /// <summary>Where to write JUnit XML.</summary>
    public string? JUnit { get; init; }

    /// <summary>Where to write the Markdown summary.</summary>
    public string? Markdown { get; init; }

    /// <summary>Where to write the HTML report.</summary>
    public string? Html { get; init; }

    /// <summary>A previous JSON results file to compare with.</summary>
    public string? Baseline { get; init; }

    /// <summary>Runs per case.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Runs in flight at once.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Turns the response cache off.</summary>
    public bool NoCache { get; init; }

    /// <summary>Folder of the response cache.</summary>
    public string CacheDirectory { get; init; } = System.IO.Path.Combine("data", "eval-cache");

    /// <summary>Base sampling seed.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>Provider ids that replace every suite's matrix; empty keeps the suites' own.</summary>
    public IReadOnlyList<string> Providers { get; init; } = [];

    /// <summary>Whether to draw a live progress bar and tables (a terminal, not CI).</summary>
    public bool Interactive { get; init; }
}
