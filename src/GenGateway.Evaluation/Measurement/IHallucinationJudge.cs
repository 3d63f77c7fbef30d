namespace GenGateway.Evaluation.Measurement;

/// <summary>A model that scores how well an output rests on its context (the gateway's optional LLM judge).</summary>
public interface IHallucinationJudge
{
    /// <summary>What the judge is, for reports.</summary>
    string Description { get; }

    /// <summary>Groundedness of <paramref name="output"/> against <paramref name="context"/> in [0,1]; null when the judge gave no usable answer.</summary>
    Task<double?> ScoreAsync(string context, string output, CancellationToken cancellationToken);
}
