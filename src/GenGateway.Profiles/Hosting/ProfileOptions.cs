namespace GenGateway.Profiles.Hosting;

/// <summary>Settings under <c>GenGateway:Profiles</c>.</summary>
public sealed class ProfileOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "GenGateway:Profiles";

    /// <summary>Most events one <c>POST /v1/users/{userId}/events</c> may carry.</summary>
    public int MaxBatchSize { get; set; } = 100;

    /// <summary>Longest event text, in characters.</summary>
    public int MaxTextLength { get; set; } = 10_000;

    /// <summary>Longest event subject, in characters.</summary>
    public int MaxSubjectLength { get; set; } = 500;

    /// <summary>Most metadata entries per event.</summary>
    public int MaxMetadataEntries { get; set; } = 20;

    /// <summary>Largest events request body, in bytes (the other endpoints use <c>GenGateway:Server:MaxRequestBodyBytes</c>).</summary>
    public long MaxRequestBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How many of the user's own similar past messages a prompt receives as style examples.</summary>
    public int ExampleCount { get; set; } = 3;

    /// <summary>Longest style example given to a prompt, in characters (longer ones are cut at a word).</summary>
    public int MaxExampleLength { get; set; } = 400;

    /// <summary>Messages of evidence a trait needs before it is given to prompts.</summary>
    public int MinEvidence { get; set; } = 2;

    /// <summary>Age at which an event counts half as much as a new one, in days.</summary>
    public double HalfLifeDays { get; set; } = 90;

    /// <summary>Interest terms listed in the readable profile.</summary>
    public int InterestTerms { get; set; } = 8;
}
