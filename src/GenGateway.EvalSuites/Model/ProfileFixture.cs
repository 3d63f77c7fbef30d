namespace GenGateway.EvalSuites.Model;

/// <summary>Events ingested for a test user before a case runs, so the case exercises personalization.</summary>
/// <param name="UserId">The user the events belong to; the case's request gets this <c>userId</c>.</param>
/// <param name="Events">The events, in order.</param>
/// <param name="Location">Where the fixture was written.</param>
public sealed record ProfileFixture(string UserId, IReadOnlyList<ProfileFixtureEvent> Events, SourceLocation Location);
