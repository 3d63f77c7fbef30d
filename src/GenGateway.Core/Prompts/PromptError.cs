namespace GenGateway.Core.Prompts;

/// <summary>One problem in a prompt file, with where it is.</summary>
/// <param name="File">Path of the prompt file.</param>
/// <param name="Line">1-based line, 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PromptError(string File, int Line, int Column, string Message)
{
    /// <summary>Formats as <c>file:line:column: message</c>, the shape editors and CI logs link.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
