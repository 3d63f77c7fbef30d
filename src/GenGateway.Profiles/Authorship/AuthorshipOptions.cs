namespace GenGateway.Profiles.Authorship;

/// <summary>How the authorship measurement splits the data.</summary>
public sealed record AuthorshipOptions
{
    /// <summary>Owners with fewer distinct sent emails are left out.</summary>
    public int MinEmails { get; init; } = 10;

    /// <summary>Share of each owner's emails held out as queries, in percent (chosen by a hash of the row id).</summary>
    public int HoldoutPercent { get; init; } = 20;
}
