using System.Net;

namespace GenGateway.Harness;

internal static class Loopback
{
    public static WebApplication CreateApp(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return builder.Build();
    }

    public static void Require(Uri uri)
    {
        if (!uri.IsLoopback)
        {
            throw new ArgumentException($"{uri}: only loopback targets are allowed");
        }
    }
}
