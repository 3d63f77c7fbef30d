namespace GenGateway.Server.Errors;

/// <summary>Stable problem <c>type</c> URIs (RFC 9457); clients switch on these, never on titles.</summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:gengateway:problem:";

    /// <summary>400: the body or a field is invalid; <c>errors</c> lists fields.</summary>
    public const string Validation = Prefix + "validation";

    /// <summary>400: the body is not well-formed JSON.</summary>
    public const string MalformedJson = Prefix + "malformed-json";

    /// <summary>401: missing or unknown API key.</summary>
    public const string Unauthorized = Prefix + "unauthorized";

    /// <summary>403: the key lacks the scope the endpoint needs.</summary>
    public const string Forbidden = Prefix + "forbidden";

    /// <summary>404: no such resource.</summary>
    public const string NotFound = Prefix + "not-found";

    /// <summary>405: the endpoint exists but not with this method.</summary>
    public const string MethodNotAllowed = Prefix + "method-not-allowed";

    /// <summary>408: the body arrived too slowly.</summary>
    public const string RequestTimeout = Prefix + "request-timeout";

    /// <summary>414: the URL (path and query) is over the size limit.</summary>
    public const string UrlTooLong = Prefix + "url-too-long";

    /// <summary>431: the request headers are over the size or count limit.</summary>
    public const string HeadersTooLarge = Prefix + "headers-too-large";

    /// <summary>413: the body is over the size limit.</summary>
    public const string PayloadTooLarge = Prefix + "payload-too-large";

    /// <summary>415: the body is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>503: every generation slot is busy and the queue is full (load shedding); comes with <c>Retry-After</c>.</summary>
    public const string Overloaded = Prefix + "overloaded";

    /// <summary>429: the tenant's rate limit is used up.</summary>
    public const string RateLimited = Prefix + "rate-limited";

    /// <summary>502: every model provider failed and the fallback is off.</summary>
    public const string ProviderFailed = Prefix + "provider-failed";

    /// <summary>504: every model provider timed out and the fallback is off.</summary>
    public const string ProviderTimeout = Prefix + "provider-timeout";

    /// <summary>500: an unexpected error; details are in the server log under the trace id.</summary>
    public const string Internal = Prefix + "internal";
}
