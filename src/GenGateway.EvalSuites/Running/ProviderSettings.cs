using System.Globalization;
using GenGateway.Core.Configuration;
using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Running;

/// <summary>
/// Turns a matrix entry into the gateway's configuration keys (<c>GenGateway:Providers:&lt;name&gt;:...</c>),
/// reading keys and URLs the suite leaves out from the environment the way the gateway does.
/// </summary>
internal static class ProviderSettings
{
    /// <summary>The configuration name of the one provider a gateway instance of the run has.</summary>
    public const string Name = "eval";

    /// <param name="spec">The matrix entry.</param>
    /// <param name="suite">The suite it belongs to.</param>
    /// <param name="env">Reads an environment variable.</param>
    /// <param name="dataDirectory">
    /// The gateway instance's own data folder (profile fixtures, vector store): one per instance, so instances that
    /// run at once never share an embedded store's lock and no run sees another's fixtures. Null for a client
    /// built outside a gateway instance (the judge).
    /// </param>
    public static Dictionary<string, string?> For(ProviderSpec spec, EvalSuite suite, Func<string, string?> env, string? dataDirectory = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["GenGateway:RulesFallback"] = (spec.Kind == ProviderKind.Rules || suite.RulesFallback) ? "true" : "false",

            // The gateway's own answer cache sits outside the eval layer, so it would not see the per-repeat seed and
            // would replay repeat 0; the run's response cache (keyed with the seed, kept on disk) replaces it.
            ["GenGateway:Cache:Enabled"] = "false",

            // An eval run measures the model, not the interactive deadline: each call stays bounded by the provider's
            // TimeoutSeconds, the request as a whole by the longest deadline the gateway accepts.
            ["GenGateway:RequestTimeoutSeconds"] = "600",
        };
        if (dataDirectory is not null)
        {
            settings["GenGateway:DataDirectory"] = dataDirectory;
        }

        if (spec.Kind == ProviderKind.Rules)
        {
            return settings;
        }

        var (type, apiKey, baseUrl) = spec.Kind switch
        {
            ProviderKind.OpenAI => (ProviderTypes.OpenAI, spec.ApiKey ?? env("OPENAI_API_KEY"), spec.BaseUrl ?? env("OPENAI_BASE_URL")),
            ProviderKind.Anthropic => (ProviderTypes.Anthropic, spec.ApiKey ?? env("ANTHROPIC_API_KEY"), spec.BaseUrl ?? env("ANTHROPIC_BASE_URL")),
            _ => (ProviderTypes.LlamaCpp, spec.ApiKey, spec.BaseUrl),
        };
        if (spec.Kind != ProviderKind.Local && string.IsNullOrWhiteSpace(apiKey))
        {
            var variable = spec.Kind == ProviderKind.OpenAI ? "OPENAI_API_KEY" : "ANTHROPIC_API_KEY";
            throw new ProviderSetupException($"{spec.Label}: no API key; set {variable} or the provider's config.apiKey (any text for a local server that needs none)");
        }

        var prefix = $"GenGateway:Providers:{Name}:";
        settings[prefix + "Type"] = type;
        settings[prefix + "Model"] = spec.Model;
        settings[prefix + "ApiKey"] = string.IsNullOrWhiteSpace(apiKey) ? null : apiKey;
        settings[prefix + "BaseUrl"] = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl;
        if (spec.TimeoutSeconds is { } timeout)
        {
            settings[prefix + "TimeoutSeconds"] = timeout.ToString(CultureInfo.InvariantCulture);
        }

        return settings;
    }
}
