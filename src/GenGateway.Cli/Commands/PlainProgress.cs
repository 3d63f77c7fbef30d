using GenGateway.EvalSuites.Results;

namespace GenGateway.Cli.Commands;

/// <summary>Progress for logs and CI: one line per failed run and one every tenth of the way.</summary>
public sealed class PlainProgress(TextWriter output) : IProgress<RunProgress>
{
    private readonly Lock _lock = new();
    private int _lastDecile;

    /// <inheritdoc />
    public void Report(RunProgress value)
    {
        lock (_lock)
        {
            if (!value.Passed)
            {
                output.WriteLine($"[{value.Completed}/{value.Total}] FAIL {value.Key}");
            }

            var decile = value.Total == 0 ? 10 : value.Completed * 10 / value.Total;
            if (decile > _lastDecile)
            {
                _lastDecile = decile;
                output.WriteLine($"[{value.Completed}/{value.Total}] {decile * 10}% done");
            }
        }
    }
}
