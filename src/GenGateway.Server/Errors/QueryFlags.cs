using GenGateway.Core.Validation;

namespace GenGateway.Server.Errors;

/// <summary>
/// Reads a true/false query parameter strictly: <c>?explain=banana</c> or a parameter given twice is a 400 naming
/// it, where model binding would answer an empty 400 or keep one value silently.
/// </summary>
public static class QueryFlags
{
    /// <summary>The flag's value (false when absent), or the problem to answer with.</summary>
    public static (bool Value, IResult? Problem) Read(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return (false, null);
        }

        if (values.Count > 1)
        {
            return (false, Problems.Validation([new FieldError(name, $"the query parameter '{name}' is given more than once; send it once")]));
        }

        return values[0]?.ToLowerInvariant() switch
        {
            "true" or "1" or "" => (true, null),
            "false" or "0" => (false, null),
            var other => (false, Problems.Validation([new FieldError(name, $"expected true or false, got '{Truncate(other)}'")])),
        };
    }

    private static string Truncate(string? value) => value is null ? string.Empty : value.Length <= 40 ? value : value[..40] + "…";
}
