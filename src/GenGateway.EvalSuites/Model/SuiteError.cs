namespace GenGateway.EvalSuites.Model;

/// <summary>One problem in a suite, dataset or fixture file.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong, in words an evaluator can act on.</param>
public sealed record SuiteError(SourceLocation Location, string Message)
{
    /// <summary>The <c>file:line:column: message</c> form printed on stderr.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
