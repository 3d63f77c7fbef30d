namespace GenGateway.Cli.Commands;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything passed.</summary>
    public const int Success = 0;

    /// <summary>The run finished but something failed (a case, a regression).</summary>
    public const int Failures = 1;

    /// <summary>Input files are invalid; the message names file and line.</summary>
    public const int InvalidInput = 2;
}
