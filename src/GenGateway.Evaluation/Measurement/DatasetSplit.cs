namespace GenGateway.Evaluation.Measurement;

/// <summary>Which rows a measurement uses.</summary>
public enum DatasetSplit
{
    /// <summary>Every row.</summary>
    All,

    /// <summary>The half that parameters may be fitted or tuned on.</summary>
    Fit,

    /// <summary>The other half, never looked at while fitting; the honest figure.</summary>
    HeldOut,
}
