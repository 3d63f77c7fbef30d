namespace GenGateway.Evaluation.Measurement;

/// <summary>What a dataset measures.</summary>
public enum MeasurementTask
{
    /// <summary>Rows with <c>context</c>, <c>output</c> and label grounded / hallucinated (HaluEval, BEGIN).</summary>
    Hallucination,

    /// <summary>Rows with <c>text</c> and label polite / neutral / impolite (Stanford Politeness).</summary>
    Tone,
}
