using GenGateway.Core.Configuration;
using GenGateway.EvalSuites.Model;
using GenGateway.Providers.Anthropic;
using GenGateway.Providers.OpenAI;
using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Running;

/// <summary>Builds the <c>llm-rubric</c> judge from the suite's <c>judge</c> provider, behind the same cache and seed.</summary>
internal static class JudgeFactory
{
    public static IChatClient Create(ProviderSpec spec, EvalSuite suite, EvalRunOptions options, ResponseCache? cache)
    {
        if (spec.Kind is not (ProviderKind.OpenAI or ProviderKind.Anthropic))
        {
            throw new ProviderSetupException($"judge {spec.Label}: a judge must be an openai:<model> or anthropic:<model> provider");
        }

        var env = options.Environment is { } vars ? (Func<string, string?>)(k => vars.GetValueOrDefault(k)) : Environment.GetEnvironmentVariable;
        var settings = ProviderSettings.For(spec, suite, env);
        var prefix = $"GenGateway:Providers:{ProviderSettings.Name}:";
        var providerOptions = new ProviderOptions
        {
            Type = settings[prefix + "Type"]!,
            Model = spec.Model,
            ApiKey = settings[prefix + "ApiKey"],
            BaseUrl = settings[prefix + "BaseUrl"],
        };
        var raw = spec.Kind == ProviderKind.OpenAI
            ? new OpenAIChatProviderFactory().Create("judge", providerOptions)
            : new AnthropicChatProviderFactory().Create("judge", providerOptions);
        return new EvalChatClient(raw, new EvalChatSettings(providerOptions.Type, spec.Model, providerOptions.BaseUrl, 0, options.Seed), cache);
    }
}
