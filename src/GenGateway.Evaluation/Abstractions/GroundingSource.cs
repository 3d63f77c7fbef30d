namespace GenGateway.Evaluation;

/// <summary>Where a grounding text came from; reasons name it so a reviewer can see what was (not) supported.</summary>
public enum GroundingSource
{
    /// <summary>A field of the request's brief (campaign, product, offer, audience, element, goal...).</summary>
    Brief,

    /// <summary>An explicit fact from the brief or UI context.</summary>
    Fact,

    /// <summary>A message of the thread a smart reply answers.</summary>
    Thread,

    /// <summary>A description of a user profile trait or interest.</summary>
    Profile,
}
