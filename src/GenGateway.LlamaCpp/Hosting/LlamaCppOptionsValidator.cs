using Microsoft.Extensions.Options;

namespace GenGateway.LlamaCpp.Hosting;

/// <summary>Validates <see cref="LlamaCppOptions"/> at startup with <see cref="LlamaCppOptions.Validate"/>.</summary>
public sealed class LlamaCppOptionsValidator : IValidateOptions<LlamaCppOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LlamaCppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => "GenGateway:LlamaCpp:" + e));
    }
}
