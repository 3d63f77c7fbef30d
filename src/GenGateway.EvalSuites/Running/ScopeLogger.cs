using Microsoft.Extensions.Logging;

namespace GenGateway.EvalSuites.Running;

/// <summary>
/// The logger the gateway's services get during a suite run: warnings and errors (a provider failed, the rules
/// filled in) become notes on the current case, so reports say why an answer looks the way it does.
/// </summary>
internal sealed class ScopeLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            CaseScope.Current?.Note(formatter(state, exception));
        }
    }
}
