namespace GenGateway.EvalSuites.Model;

/// <summary>Thrown when a suite cannot run; carries every problem found, each with file and line.</summary>
public sealed class SuiteLoadException : Exception
{
    /// <summary>Creates the exception from a non-empty list of errors.</summary>
    public SuiteLoadException(IReadOnlyList<SuiteError> errors)
        : base(errors.Count == 0 ? "invalid suite" : string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<SuiteError> Errors { get; }
}
