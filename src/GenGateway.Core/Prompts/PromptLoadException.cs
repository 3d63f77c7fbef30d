namespace GenGateway.Core.Prompts;

/// <summary>Thrown when prompt files cannot be loaded; lists every problem with file and line.</summary>
public sealed class PromptLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public PromptLoadException(IReadOnlyList<PromptError> errors)
        : base("Invalid prompt files:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Errors = errors;
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<PromptError> Errors { get; }
}
