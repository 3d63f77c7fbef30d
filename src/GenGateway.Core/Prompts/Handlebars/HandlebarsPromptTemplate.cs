using System.Collections;
using System.Web;
using HandlebarsDotNet;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Prompts.Handlebars;

/// <summary>
/// One compiled Handlebars template. Values are HTML-encoded before they reach the template, exactly as SK encodes
/// <c>{{$var}}</c> values, unless the input variable (or the factory) allows dangerously set content: so a user's
/// text can never open a <c>&lt;message&gt;</c> tag of its own, whether the template uses double or triple braces.
/// </summary>
internal sealed class HandlebarsPromptTemplate : IPromptTemplate
{
    // Encoding is done on the values (per variable), so Handlebars itself must not encode a second time.
    private static readonly IHandlebars Engine = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });

    private readonly HandlebarsTemplate<object, object> _template;
    private readonly bool _encodeAll;
    private readonly HashSet<string> _trusted;

    public HandlebarsPromptTemplate(PromptTemplateConfig config, bool allowDangerouslySetContent)
    {
        _template = Engine.Compile(config.Template);
        _encodeAll = !(allowDangerouslySetContent || config.AllowDangerouslySetContent);
        _trusted = [.. config.InputVariables.Where(v => v.AllowDangerouslySetContent).Select(v => v.Name)];
    }

    public Task<string> RenderAsync(Kernel kernel, KernelArguments? arguments = null, CancellationToken cancellationToken = default)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments ?? [])
        {
            context[name] = _encodeAll && !_trusted.Contains(name) ? Encode(value) : value;
        }

        return Task.FromResult(_template(context));
    }

    private static object? Encode(object? value) => value switch
    {
        null => null,
        string text => HttpUtility.HtmlEncode(text),
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Encode(p.Value), StringComparer.Ordinal),
        IEnumerable items => items.Cast<object?>().Select(Encode).ToList(),
        _ => value,
    };
}
