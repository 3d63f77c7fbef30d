namespace GenGateway.Core.Prompts;

/// <summary>A template language a prompt file can be written in.</summary>
public interface IPromptTemplateEngine
{
    /// <summary>The <c>template_format</c> value this engine handles.</summary>
    string Format { get; }

    /// <summary>Finds syntax errors and uses of undeclared variables.</summary>
    IEnumerable<TemplateProblem> Check(PromptFunction function);

    /// <summary>Renders the template; values the prompt does not mark as safe are encoded.</summary>
    string Render(PromptFunction function, IReadOnlyDictionary<string, object?> values);
}
