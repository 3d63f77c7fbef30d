namespace GenGateway.Profiles.Authorship;

/// <summary>One row of an AESLC-shaped dataset.</summary>
/// <param name="Id">Row id.</param>
/// <param name="Owner">Mailbox owner (the user).</param>
/// <param name="Folder"><c>sent</c> when the owner wrote it, <c>inbox</c> when the owner received it.</param>
/// <param name="Body">Email text.</param>
/// <param name="Line">1-based line in the file, for error messages.</param>
public sealed record AuthoredEmail(string Id, string Owner, string Folder, string Body, int Line);
