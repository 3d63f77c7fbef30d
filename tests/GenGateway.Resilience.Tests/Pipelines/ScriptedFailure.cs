using GenGateway.Resilience.Failures;

namespace GenGateway.Resilience.Pipelines;

/// <summary>A failure that classifies itself, as the product's translated provider errors do.</summary>
internal sealed class ScriptedFailure(bool transient, TimeSpan? retryAfter = null) : Exception("scripted failure"), IOutboundFailureSource
{
    public OutboundFailure Failure => new(transient, retryAfter);
}
