namespace GenGateway.EvalSuites.Model;

/// <summary>Where something was written: a file and a 1-based line and column.</summary>
/// <param name="File">Path of the file.</param>
/// <param name="Line">1-based line; 0 when the whole file is meant.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public sealed record SourceLocation(string File, int Line, int Column = 0)
{
    /// <summary>The <c>file:line:column</c> form editors and CI annotations jump to (shorter when line or column is unknown).</summary>
    public override string ToString() => Line <= 0 ? File : Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}
