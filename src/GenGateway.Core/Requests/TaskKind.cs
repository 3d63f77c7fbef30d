namespace GenGateway.Core.Requests;

/// <summary>The generation tasks the gateway serves.</summary>
public enum TaskKind
{
    /// <summary>Email subject lines from a campaign brief.</summary>
    SubjectLines,

    /// <summary>Short replies to the last message of a thread.</summary>
    SmartReplies,

    /// <summary>Interface copy for one UI element.</summary>
    UiCopy,
}
