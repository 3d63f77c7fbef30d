namespace GenGateway.Evaluation;

/// <summary>The generation task a candidate was produced for; thresholds and policy checks vary by task.</summary>
public enum TaskKind
{
    /// <summary>An email subject line.</summary>
    SubjectLine,

    /// <summary>A short reply suggested for a message thread.</summary>
    SmartReply,

    /// <summary>Interface copy such as a call-to-action or a banner.</summary>
    UiCopy,
}
