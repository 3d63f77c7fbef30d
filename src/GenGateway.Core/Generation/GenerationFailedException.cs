using GenGateway.Core.Chat;

namespace GenGateway.Core.Generation;

/// <summary>Every provider failed and the rule-based fallback is switched off.</summary>
public sealed class GenerationFailedException(bool timedOut, IReadOnlyList<ProviderException> failures)
    : Exception(Describe(timedOut, failures))
{
    /// <summary>True when every failure was a timeout (the server answers 504 instead of 502).</summary>
    public bool TimedOut { get; } = timedOut;

    /// <summary>Each provider's failure, in the order tried.</summary>
    public IReadOnlyList<ProviderException> Failures { get; } = failures;

    private static string Describe(bool timedOut, IReadOnlyList<ProviderException> failures) =>
        (timedOut ? "Every model provider timed out" : "Every model provider failed") + ": "
        + string.Join("; ", failures.Select(f => $"{f.Provider}: {f.Kind}"));
}
