using GenGateway.EvalSuites.Model;

namespace GenGateway.EvalSuites.Assertions;

/// <summary>Implements one or more assertion types.</summary>
internal interface IAssertionCheck
{
    /// <summary>Type names handled, without <c>not-</c>.</summary>
    IReadOnlyList<string> Types { get; }

    /// <summary>Whether <c>not-&lt;type&gt;</c> is meaningful.</summary>
    bool Negatable { get; }

    /// <summary>Checks the value and threshold at load time; returns what is wrong, or null.</summary>
    string? Validate(AssertionSpec spec);

    /// <summary>Evaluates the assertion against a response.</summary>
    ValueTask<AssertionResult> EvaluateAsync(AssertionSpec spec, AssertionInput input, CancellationToken cancellationToken);
}
