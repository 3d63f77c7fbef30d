using GenGateway.Core.Configuration;
using Microsoft.Extensions.Options;

namespace GenGateway.Core.Guardrails;

/// <summary>Fails startup when the judge names a provider that is not configured.</summary>
public sealed class JudgeOptionsValidator(IOptions<GenGatewayOptions> gateway) : IValidateOptions<JudgeOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, JudgeOptions options)
    {
        if (options.Threshold is < 0 or > 1)
        {
            return ValidateOptionsResult.Fail($"{JudgeOptions.SectionName}:Threshold is {options.Threshold}; it is between 0 and 1.");
        }

        return string.IsNullOrWhiteSpace(options.Provider) || gateway.Value.Providers.ContainsKey(options.Provider)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{JudgeOptions.SectionName}:Provider names '{options.Provider}', which is not under GenGateway:Providers.");
    }
}
