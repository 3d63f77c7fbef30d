namespace GenGateway.Evaluation.Grounding;

/// <summary>The kinds of checkable claims the grounding evaluator extracts from text.</summary>
public enum ClaimKind
{
    /// <summary>A bare number ("3 colours", "2026").</summary>
    Number,

    /// <summary>An amount of money ("$20", "20 dollars", "USD 20").</summary>
    Money,

    /// <summary>A percentage ("20%", "twenty percent", "half off").</summary>
    Percent,

    /// <summary>A calendar date ("Nov 20", "2026-11-20", "20th of November").</summary>
    Date,

    /// <summary>A day of the week ("Friday", "Fri").</summary>
    Weekday,

    /// <summary>A time of day ("3pm", "15:00", "noon").</summary>
    Time,

    /// <summary>A duration ("48 hours", "two days").</summary>
    Duration,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An email address.</summary>
    Email,

    /// <summary>A phone number.</summary>
    Phone,

    /// <summary>A name of a person, place, brand or product.</summary>
    Entity,

    /// <summary>A commercial promise ("free shipping", "guaranteed", "today only").</summary>
    Promise,
}
