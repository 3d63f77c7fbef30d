using System.Collections.Frozen;

namespace GenGateway.Core.Prompts;

/// <summary>The template engines by <c>template_format</c> name.</summary>
public static class PromptTemplateFormats
{
    /// <summary>Semantic Kernel's own syntax: <c>{{$variable}}</c>.</summary>
    public const string SemanticKernel = "semantic-kernel";

    /// <summary>Handlebars, through Handlebars.Net.</summary>
    public const string Handlebars = "handlebars";

    private static readonly FrozenDictionary<string, IPromptTemplateEngine> Engines =
        new IPromptTemplateEngine[] { new SemanticKernelTemplateEngine(), new HandlebarsTemplateEngine() }
            .ToFrozenDictionary(e => e.Format, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a format name is supported.</summary>
    public static bool IsKnown(string format) => Engines.ContainsKey(format);

    /// <summary>Checks a function's template with its engine.</summary>
    public static IEnumerable<TemplateProblem> Check(PromptFunction function) => Engine(function).Check(function);

    /// <summary>Renders a function's template with its engine.</summary>
    public static string Render(PromptFunction function, IReadOnlyDictionary<string, object?> values) =>
        Engine(function).Render(function, values);

    private static IPromptTemplateEngine Engine(PromptFunction function) =>
        Engines.TryGetValue(function.TemplateFormat, out var engine)
            ? engine
            : throw new InvalidOperationException($"Unsupported template_format '{function.TemplateFormat}' in {function.SourcePath}.");
}
