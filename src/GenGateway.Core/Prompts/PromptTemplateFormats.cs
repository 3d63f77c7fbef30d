using GenGateway.Core.Prompts.Handlebars;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Prompts;

/// <summary>The <c>template_format</c> values prompt files may use and the SK factory that renders them.</summary>
public static class PromptTemplateFormats
{
    /// <summary>SK's own syntax (<c>{{$variable}}</c>), rendered by SK's <see cref="KernelPromptTemplateFactory"/>.</summary>
    public const string SemanticKernel = "semantic-kernel";

    /// <summary>Handlebars, rendered by <see cref="HandlebarsPromptTemplateFactory"/>.</summary>
    public const string Handlebars = HandlebarsPromptTemplateFactory.Format;

    /// <summary>Whether a format name is supported.</summary>
    public static bool IsKnown(string? format) =>
        string.Equals(format, SemanticKernel, StringComparison.OrdinalIgnoreCase)
        || string.Equals(format, Handlebars, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The factory for one prompt: SK's and the Handlebars one, combined. A prompt-level
    /// <c>allow_dangerously_set_content</c> is passed to the factories, because SK's config-level flag alone leaves
    /// <c>{{$var}}</c> values encoded.
    /// </summary>
    public static IPromptTemplateFactory FactoryFor(PromptTemplateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var dangerous = config.AllowDangerouslySetContent;
        return new AggregatorPromptTemplateFactory(
            new KernelPromptTemplateFactory { AllowDangerouslySetContent = dangerous },
            new HandlebarsPromptTemplateFactory { AllowDangerouslySetContent = dangerous });
    }
}
