using Microsoft.Extensions.Options;

namespace GenGateway.Server.Auth;

/// <summary>
/// Checks every <c>GenGateway:Auth:Keys</c> entry at startup and names the entry that is wrong: a misspelt scope
/// would otherwise leave a key that silently opens nothing (or, worse, is read as something else).
/// </summary>
internal sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        for (int i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var entry = key.Name.Length > 0 ? $"GenGateway:Auth:Keys:{i} ('{key.Name}')" : $"GenGateway:Auth:Keys:{i}";
            if (key.Tenant.Length == 0)
            {
                failures.Add($"{entry} needs a Tenant.");
            }

            if (key.Sha256.Length != 64 || !key.Sha256.All(Uri.IsHexDigit))
            {
                failures.Add($"{entry} needs Sha256: the 64 hex digits of the key's SHA-256.");
            }

            foreach (var scope in key.Scopes.Where(s => !Scopes.Known.Contains(s.Trim(), StringComparer.OrdinalIgnoreCase)))
            {
                failures.Add($"{entry} has unknown scope '{scope}' (known: {string.Join(", ", Scopes.Known)}).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
