using System.Text;

namespace GenGateway.Harness;

// An OpenAI-compatible upstream that answers at once with a fixed body. The subject lines restate only the load
// brief's own facts (scripts/load/subject-lines.json), so the gateway's guardrail releases them and no top-up call
// is made; run.sh checks that before measuring. With --fault-rate the given share of calls fails, split evenly over
// 500, 503, 429 with Retry-After, a stall longer than the gateway's timeout, and a dropped connection. POST /control
// with {"faultRate": x} changes the rate while running (the fault driver turns faults on and off with it).
internal static class FakeUpstream
{
    private static readonly byte[] ChatBody = Encoding.UTF8.GetBytes(
        """{"id":"chatcmpl-h","object":"chat.completion","created":1700000000,"model":"fake-model","choices":[{"index":0,"message":{"role":"assistant","content":"[\"Winter sale: 20% off winter coats\",\"20% off winter coats until Sunday\",\"Winter coats are 20% off\"]"},"finish_reason":"stop"}],"usage":{"prompt_tokens":50,"completion_tokens":20,"total_tokens":70}}""");

    public static async Task<int> RunAsync(int port, double faultRate, int seed)
    {
        var app = Loopback.CreateApp(port);
        var random = new Random(seed);
        var gate = new Lock();
        double rate = faultRate;

        app.MapPost("/control", async (HttpContext context) =>
        {
            var body = await context.Request.ReadFromJsonAsync<Control>(context.RequestAborted);
            lock (gate)
            {
                rate = body?.FaultRate ?? 0;
            }

            return Results.NoContent();
        });

        app.MapPost("/v1/chat/completions", (HttpContext context) => AnswerAsync(context, ChatBody));
        app.MapPost("/v1/embeddings", (HttpContext context) => AnswerAsync(context, EmbeddingBody(context)));

        async Task AnswerAsync(HttpContext context, byte[] body)
        {
            // Drain the request so the connection can be reused.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            int fault;
            lock (gate)
            {
                fault = random.NextDouble() < rate ? random.Next(5) : -1;
            }

            switch (fault)
            {
                case 0:
                    context.Response.StatusCode = 500;
                    return;
                case 1:
                    context.Response.StatusCode = 503;
                    return;
                case 2:
                    context.Response.StatusCode = 429;
                    context.Response.Headers.RetryAfter = "1";
                    return;
                case 3:
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                case 4:
                    context.Abort();
                    return;
            }

            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }

        Console.WriteLine($"listening {port}");
        await app.RunAsync();
        return 0;
    }

    // A deterministic 8-dimension vector per call; the fault driver only checks that events survive.
    private static byte[] EmbeddingBody(HttpContext context) => Encoding.UTF8.GetBytes(
        """{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8]}],"model":"fake-embed","usage":{"prompt_tokens":5,"total_tokens":5}}""");

    private sealed record Control(double FaultRate);
}
