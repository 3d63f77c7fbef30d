namespace GenGateway.Server.Auth;

/// <summary>The <see cref="Caller"/> behind a request, read from the principal the API-key handler built.</summary>
public static class HttpContextCallerExtensions
{
    /// <summary>The request's caller; <see cref="Caller.Anonymous"/> when the request was not authenticated.</summary>
    public static Caller GetCaller(this HttpContext context)
    {
        var user = context.User;
        return user.FindFirst(ApiKeyClaims.Tenant)?.Value is { } tenant
            ? new Caller(tenant, user.FindFirst(ApiKeyClaims.KeyName)?.Value ?? Caller.Anonymous.KeyName,
                user.FindAll(ApiKeyClaims.Scope).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal))
            : Caller.Anonymous;
    }

    /// <summary>Whether the caller presented a configured API key (auth off means nobody did).</summary>
    public static bool PresentedKey(this HttpContext context) => context.User.HasClaim(claim => claim.Type == ApiKeyClaims.KeyName);
}
