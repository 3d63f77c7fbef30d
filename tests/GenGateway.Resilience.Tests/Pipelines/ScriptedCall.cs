namespace GenGateway.Resilience.Pipelines;

/// <summary>An outbound call that plays a script: each attempt takes the next step (the last repeats).</summary>
internal sealed class ScriptedCall(params Func<CancellationToken, Task<string>>[] steps)
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public async ValueTask<string> InvokeAsync(CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _calls) - 1;
        return await steps[Math.Min(index, steps.Length - 1)](cancellationToken);
    }

    public static Func<CancellationToken, Task<string>> Answer(string text) => _ => Task.FromResult(text);

    public static Func<CancellationToken, Task<string>> Throw(Exception exception) => _ => Task.FromException<string>(exception);

    public static Func<CancellationToken, Task<string>> Hang() => async token =>
    {
        await Task.Delay(Timeout.Infinite, token);
        return "never";
    };
}
