namespace GenGateway.Server.Auth;

/// <summary>Access to the <see cref="Caller"/> the API-key middleware attached to a request.</summary>
public static class HttpContextCallerExtensions
{
    private static readonly object Key = new();

    /// <summary>The request's caller.</summary>
    public static Caller GetCaller(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var caller) && caller is Caller c ? c : Caller.Anonymous;

    internal static void SetCaller(this HttpContext context, Caller caller) => context.Items[Key] = caller;
}
