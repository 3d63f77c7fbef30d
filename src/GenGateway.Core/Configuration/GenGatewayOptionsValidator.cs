using Microsoft.Extensions.Options;

namespace GenGateway.Core.Configuration;

/// <summary>Fails startup on settings that cannot work, naming the key.</summary>
public sealed class GenGatewayOptionsValidator : IValidateOptions<GenGatewayOptions>
{
    private static readonly string[] KnownTasks = ["subject-lines", "smart-replies", "ui-copy"];

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GenGatewayOptions options)
    {
        var errors = new List<string>();
        foreach (var (providerName, provider) in options.Providers)
        {
            var key = $"GenGateway:Providers:{providerName}";
            if (provider.Type is not (ProviderTypes.OpenAI or ProviderTypes.Anthropic or ProviderTypes.LlamaCpp))
            {
                errors.Add($"{key}:Type '{provider.Type}' is unknown; use openai, anthropic or llamacpp.");
            }

            if (string.IsNullOrWhiteSpace(provider.Model))
            {
                errors.Add($"{key}:Model is required.");
            }

            if (provider.BaseUrl is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                errors.Add($"{key}:BaseUrl '{url}' is not an absolute URL.");
            }

            if (provider.Type is ProviderTypes.OpenAI or ProviderTypes.Anthropic && string.IsNullOrWhiteSpace(provider.ApiKey))
            {
                errors.Add($"{key}:ApiKey is required for a hosted provider.");
            }

            if (provider.TimeoutSeconds <= 0 || provider.MaxRetries < 0 || provider.MaxRetryDelaySeconds < 0)
            {
                errors.Add($"{key}: TimeoutSeconds must be > 0, MaxRetries and MaxRetryDelaySeconds >= 0.");
            }
        }

        foreach (var providerName in options.ProviderOrder.Where(p => !options.Providers.ContainsKey(p)))
        {
            errors.Add($"GenGateway:ProviderOrder names '{providerName}', which is not under GenGateway:Providers.");
        }

        foreach (var (task, taskOptions) in options.Tasks)
        {
            if (!KnownTasks.Contains(task, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"GenGateway:Tasks:{task} is not a task; use {string.Join(", ", KnownTasks)}.");
            }

            foreach (var providerName in taskOptions.Providers.Where(p => !options.Providers.ContainsKey(p)))
            {
                errors.Add($"GenGateway:Tasks:{task}:Providers names '{providerName}', which is not under GenGateway:Providers.");
            }
        }

        if (!options.RulesFallback && options.Providers.Count == 0)
        {
            errors.Add("GenGateway:RulesFallback is false but no provider is configured: nothing could answer.");
        }

        if (options.MaxTopUpCalls is < 0 or > 5)
        {
            errors.Add("GenGateway:MaxTopUpCalls must be between 0 and 5.");
        }

        if (options.RequestTimeoutSeconds is <= 0 or > 600 || double.IsNaN(options.RequestTimeoutSeconds))
        {
            errors.Add("GenGateway:RequestTimeoutSeconds must be more than 0 and at most 600.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
