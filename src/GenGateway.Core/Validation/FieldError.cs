namespace GenGateway.Core.Validation;

/// <summary>One problem with one request field.</summary>
/// <param name="Field">JSON path of the field, camelCase (for example <c>brief.facts[2]</c>).</param>
/// <param name="Message">What is wrong, in words a caller can act on.</param>
public sealed record FieldError(string Field, string Message);
