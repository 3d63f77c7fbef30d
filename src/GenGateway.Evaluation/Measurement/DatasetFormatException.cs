using System.Text.Json;

namespace GenGateway.Evaluation.Measurement;

/// <summary>
/// A dataset file that cannot be measured; the message is <c>file:line: what is wrong</c>, or <c>file: what is
/// wrong</c> for the file as a whole, with no JSON reader coordinates or .NET names in it.
/// </summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="line"/> (0: the file as a whole).</summary>
    public DatasetFormatException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>The dataset file.</summary>
    public string File { get; }

    /// <summary>1-based line of the problem (0 for the file as a whole).</summary>
    public int Line { get; }

    /// <summary>Throws unless <paramref name="path"/> is an existing file; a folder is named as one.</summary>
    /// <param name="path">The file given.</param>
    /// <param name="expected">What should have been named instead of a folder.</param>
    public static void EnsureFile(string path, string expected = "a .jsonl file")
    {
        if (Directory.Exists(path))
        {
            throw new DatasetFormatException(path, 0, $"is a folder; name {expected}");
        }

        if (!System.IO.File.Exists(path))
        {
            throw new DatasetFormatException(path, 0, "file does not exist");
        }
    }

    /// <summary>A row that is not JSON, described without the reader's position within the row.</summary>
    public static DatasetFormatException InvalidJson(string path, int line, JsonException exception) =>
        new(path, line, "not valid JSON: " + Describe(exception));

    /// <summary>
    /// A whole JSON file (a fitted model) that cannot be read as <paramref name="what"/>: its line when the JSON is
    /// broken, otherwise the file.
    /// </summary>
    public static DatasetFormatException NotA(string path, string what, JsonException exception) =>
        new(path, (int)(exception.LineNumber ?? 0) + 1, $"not {what}: {Describe(exception)}");

    /// <summary>System.Text.Json's message without its <c>Path: … | LineNumber: … | BytePositionInLine: …</c> tail or .NET type names.</summary>
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            // The rest of this message names .NET types, which mean nothing to whoever wrote the file.
            return $"the value at {exception.Path ?? "$"} has the wrong JSON type";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
