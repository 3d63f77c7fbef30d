using System.Globalization;
using GenGateway.EvalSuites.Model;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Loading;

/// <summary>Provider ids (<c>rules</c>, <c>openai:&lt;model&gt;</c>, <c>anthropic:&lt;model&gt;</c>, <c>local:&lt;gguf&gt;</c>) and their config.</summary>
internal sealed partial class SuiteParser
{
    private List<ProviderSpec> ParseProviders(YamlNode node, SuiteOptions options)
    {
        var providers = new List<ProviderSpec>();
        var items = node is YamlSequenceNode list ? list.Children : [node];
        foreach (var item in items)
        {
            if (ParseProvider(item, options) is { } provider)
            {
                if (providers.Any(p => p.Label == provider.Label))
                {
                    _y.Error(item, $"provider '{provider.Label}' is listed twice; give one a different 'label:'");
                    continue;
                }

                providers.Add(provider);
            }
        }

        // An entry that failed was reported already; "empty" is only news when nothing was listed.
        if (items.Count == 0)
        {
            _y.Error(node, "providers is empty; list at least one (rules, openai:<model>, anthropic:<model>, local:<gguf>)");
        }

        return providers;
    }

    private ProviderSpec? ParseProvider(YamlNode node, SuiteOptions options)
    {
        YamlMappingNode? config = null;
        string? id;
        string? label = null;
        if (node is YamlMappingNode map)
        {
            _y.OnlyKeys(map, "a provider", "id", "label", "config");
            id = Child(map, "id") is { } idNode ? _y.String(idNode, "provider id") : null;
            label = Child(map, "label") is { } labelNode ? _y.String(labelNode, "provider label") : null;
            config = Child(map, "config") is { } c ? _y.Map(c, "provider config") : null;
            if (id is null)
            {
                _y.Error(node, "a provider needs 'id:' (rules, openai:<model>, anthropic:<model>, local:<gguf>)");
                return null;
            }
        }
        else
        {
            id = _y.String(node, "a provider");
        }

        if (id is null || ParseId(id, node) is not { } parsed)
        {
            return null;
        }

        var spec = new ProviderSpec
        {
            Id = id,
            Label = label ?? id,
            Kind = parsed.Kind,
            Model = parsed.Kind == ProviderKind.Local ? Resolve(parsed.Model) : parsed.Model,
            Temperature = options.Temperature,
            Location = _y.At(node),
        };
        return config is null ? spec : ApplyConfig(spec, config);
    }

    private (ProviderKind Kind, string? Model)? ParseId(string id, YamlNode node)
    {
        if (id == "rules")
        {
            return (ProviderKind.Rules, null);
        }

        var colon = id.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon > 0 ? id[..colon] : id;
        var model = colon > 0 ? id[(colon + 1)..] : string.Empty;

        // promptfoo writes openai:chat:<model> and anthropic:messages:<model>; both mean the same here.
        model = prefix switch
        {
            "openai" when model.StartsWith("chat:", StringComparison.Ordinal) => model[5..],
            "anthropic" when model.StartsWith("messages:", StringComparison.Ordinal) => model[9..],
            _ => model,
        };
        ProviderKind? kind = prefix switch
        {
            "openai" => ProviderKind.OpenAI,
            "anthropic" => ProviderKind.Anthropic,
            "local" => ProviderKind.Local,
            _ => null,
        };
        if (kind is null || model.Length == 0)
        {
            _y.Error(node, $"provider '{id}' is not understood; use rules, openai:<model>, anthropic:<model> or local:<path.gguf>");
            return null;
        }

        return (kind.Value, model);
    }

    private ProviderSpec ApplyConfig(ProviderSpec spec, YamlMappingNode config)
    {
        _y.OnlyKeys(config, "provider config", "apiBaseUrl", "baseUrl", "apiKey", "temperature", "inputCostPerMillion", "outputCostPerMillion", "timeoutSeconds");
        foreach (var (keyNode, value) in config.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value;
            spec = key switch
            {
                "apiBaseUrl" or "baseUrl" => spec with { BaseUrl = Url(value) },
                "apiKey" => spec with { ApiKey = _y.String(value, "apiKey") },
                "temperature" => spec with { Temperature = _y.Number(value, "temperature", 0, 2) },
                "inputCostPerMillion" => spec with { InputCostPerMillion = _y.Number(value, key, 0) },
                "outputCostPerMillion" => spec with { OutputCostPerMillion = _y.Number(value, key, 0) },
                "timeoutSeconds" => spec with { TimeoutSeconds = _y.Number(value, key, 0.001) },
                _ => spec,
            };
        }

        if (spec.Kind == ProviderKind.Rules && config.Children.Count > 0)
        {
            _y.Error(config, "the rules provider takes no config");
        }

        return spec;
    }

    private string? Url(YamlNode node)
    {
        var text = _y.String(node, "baseUrl");
        if (text is not null && !Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            _y.Error(node, string.Create(CultureInfo.InvariantCulture, $"baseUrl '{text}' is not an absolute URL"));
            return null;
        }

        return text;
    }
}
