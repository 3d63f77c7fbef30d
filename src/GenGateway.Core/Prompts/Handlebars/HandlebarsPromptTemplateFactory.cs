using System.Diagnostics.CodeAnalysis;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Prompts.Handlebars;

/// <summary>
/// SK's <see cref="IPromptTemplateFactory"/> for <c>template_format: handlebars</c>, over Handlebars.Net (SK's own
/// Handlebars package is not available to this build). Combine it with SK's <see cref="KernelPromptTemplateFactory"/>
/// through <see cref="AggregatorPromptTemplateFactory"/>.
/// </summary>
public sealed class HandlebarsPromptTemplateFactory : IPromptTemplateFactory
{
    /// <summary>The <c>template_format</c> this factory handles.</summary>
    public const string Format = "handlebars";

    /// <summary>Inserts every value unencoded, as SK's factory flag of the same name does. Off by default.</summary>
    public bool AllowDangerouslySetContent { get; init; }

    /// <inheritdoc />
    public bool TryCreate(PromptTemplateConfig templateConfig, [NotNullWhen(true)] out IPromptTemplate? result)
    {
        ArgumentNullException.ThrowIfNull(templateConfig);
        if (!string.Equals(templateConfig.TemplateFormat, Format, StringComparison.OrdinalIgnoreCase))
        {
            result = null;
            return false;
        }

        result = new HandlebarsPromptTemplate(templateConfig, AllowDangerouslySetContent);
        return true;
    }
}
