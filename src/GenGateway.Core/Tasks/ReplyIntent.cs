namespace GenGateway.Core.Tasks;

/// <summary>What the last message of a thread asks of the reader, which decides the kind of replies offered.</summary>
public enum ReplyIntent
{
    /// <summary>Proposes or asks about a time.</summary>
    Scheduling,

    /// <summary>A yes/no question.</summary>
    YesNoQuestion,

    /// <summary>A what/when/where/how question.</summary>
    OpenQuestion,

    /// <summary>Asks the reader to do something.</summary>
    Request,

    /// <summary>Says thank you.</summary>
    Thanks,

    /// <summary>Shares good news.</summary>
    GoodNews,

    /// <summary>Apologizes.</summary>
    Apology,

    /// <summary>Says hello.</summary>
    Greeting,

    /// <summary>Shares information.</summary>
    Statement,
}
