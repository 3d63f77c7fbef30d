namespace GenGateway.Harness;

// The floor: the least an ASP.NET Core service can do per call — read the body, forward it with HttpClient, copy the
// answer back. GenGateway's full pipeline is measured as a ratio of this.
internal static class FloorProxy
{
    public static async Task<int> RunAsync(int port, Uri upstream)
    {
        Loopback.Require(upstream);
        var app = Loopback.CreateApp(port);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = upstream };

        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            using var content = new StreamContent(context.Request.Body);
            content.Headers.ContentType = new("application/json");
            using var response = await client.PostAsync("v1/chat/completions", content, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = "application/json";
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        });

        Console.WriteLine($"listening {port}");
        await app.RunAsync();
        return 0;
    }
}
