namespace GenGateway.Resilience.Failures;

/// <summary>
/// Implemented by an exception that already knows whether it is transient (for example a provider failure translated
/// from an SDK error), so the pipeline does not have to guess from its type.
/// </summary>
public interface IOutboundFailureSource
{
    /// <summary>How the pipeline should treat this failure.</summary>
    OutboundFailure Failure { get; }
}
