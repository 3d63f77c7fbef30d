namespace GenGateway.Core.Requests;

/// <summary>Fields every generation request shares.</summary>
public interface ITaskRequest
{
    /// <summary>Which task this request is for.</summary>
    TaskKind Kind { get; }

    /// <summary>The end user the text is for; personalization keys on it.</summary>
    string? UserId { get; }

    /// <summary>How many candidates the caller wants.</summary>
    int? Count { get; }

    /// <summary>Requested tone, for example <c>friendly</c> or <c>formal</c>.</summary>
    string? Tone { get; }

    /// <summary>Upper bound on each candidate's length in characters, if any.</summary>
    int? MaxLength { get; }
}
