using GenGateway.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace GenGateway.Server.Errors;

/// <summary>Builds the gateway's problem+json responses.</summary>
public static class Problems
{
    /// <summary>A problem result with a stable type.</summary>
    public static IResult Create(int status, string type, string title, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail, Extensions = extensions ?? new Dictionary<string, object?>() });

    /// <summary>400 with field errors: <c>errors</c> maps each field path to its messages.</summary>
    public static IResult Validation(IEnumerable<FieldError> errors)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return Create(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "The request is invalid.",
            $"{byField.Count} field(s) failed validation.", new Dictionary<string, object?> { ["errors"] = byField });
    }
}
