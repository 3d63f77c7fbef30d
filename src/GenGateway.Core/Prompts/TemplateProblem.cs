namespace GenGateway.Core.Prompts;

/// <summary>A problem inside a template, positioned relative to the template's first line.</summary>
public sealed record TemplateProblem(int Line, int Column, string Message)
{
    /// <summary>Builds a problem from a character offset in the template.</summary>
    public static TemplateProblem AtOffset(string template, int offset, string message)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < template.Length; i++)
        {
            if (template[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TemplateProblem(line, offset - lineStart + 1, message);
    }
}
