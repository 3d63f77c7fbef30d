namespace GenGateway.Evaluation.Measurement;

/// <summary>A dataset file that cannot be measured; the message is <c>file:line: what is wrong</c>.</summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="line"/>.</summary>
    public DatasetFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>The dataset file.</summary>
    public string File { get; }

    /// <summary>1-based line of the problem (0 for the file as a whole).</summary>
    public int Line { get; }
}
