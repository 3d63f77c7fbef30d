using System.Text.Json;
using GenGateway.Core.Validation;
using Microsoft.Extensions.Options;

namespace GenGateway.Server.Errors;

/// <summary>
/// Reads a JSON request body with the checks minimal APIs leave out: content type (415), size (413) and
/// malformed JSON reported by path and line (400), all as problem+json.
/// </summary>
public sealed class JsonBody(IOptions<ServerOptions> options)
{
    /// <summary>Serializer settings for request bodies: web defaults, unknown fields rejected so typos surface.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        // The web defaults read "3" as 3; a string where a number belongs is the client's mistake to hear about.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer with.</summary>
    public Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class =>
        ReadAsync<T>(request, options.Value.MaxRequestBodyBytes, "GenGateway:Server:MaxRequestBodyBytes", cancellationToken);

    /// <summary>The body as <typeparamref name="T"/> under an endpoint's own size limit, named by its setting in the 413.</summary>
    public async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, long limit, string limitSetting, CancellationToken cancellationToken)
        where T : class
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
                "The body must be JSON.", $"Send Content-Type: application/json (got '{request.ContentType ?? "none"}')."));
        }

        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit, limitSetting));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, TooLarge(limit, limitSetting));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Validation([new FieldError("$", "the request body is empty; send a JSON object")]));
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (SyntaxError(bytes.Span) is { } syntax)
        {
            return (null, Problems.Create(StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "The body is not valid JSON.", syntax,
                new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["$"] = [syntax] } }));
        }

        if (DuplicateKeys.Find(bytes.Span) is { } duplicate)
        {
            return (null, Problems.Validation([new FieldError(duplicate.Path, $"the key '{duplicate.Key}' is given more than once; send it once")]));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes.Span, SerializerOptions);
            return value is null
                ? (null, Problems.Validation([new FieldError("$", "the body must be a JSON object, not null")]))
                : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Validation([new FieldError(JsonErrorText.FieldPath(ex), JsonErrorText.Describe(ex))]));
        }
    }

    /// <summary>Checks well-formedness first, so a syntax error is told apart from a wrong field type.</summary>
    private static string? SyntaxError(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            return $"{JsonErrorText.Describe(ex)} (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})";
        }
    }

    private static IResult TooLarge(long limit, string setting) =>
        Problems.Create(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "The body is too large.",
            $"Bodies are limited to {limit} bytes ({setting}).");

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
