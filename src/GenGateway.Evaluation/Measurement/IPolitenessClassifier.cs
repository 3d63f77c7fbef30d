namespace GenGateway.Evaluation.Measurement;

/// <summary>Scores politeness: positive leans polite, negative impolite.</summary>
public interface IPolitenessClassifier
{
    /// <summary>What the classifier is, for reports.</summary>
    string Description { get; }

    /// <summary>The polite-over-impolite score of <paramref name="text"/>.</summary>
    double Score(string text);

    /// <summary>The three-way label for a score.</summary>
    string Label(double score);
}
