using GenGateway.Evaluation.Grounding;
using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Measurement;

/// <summary>
/// Labels a free-form output grounded or hallucinated against a context, without a model: the grounding evaluator's
/// claim checks, plus the share of the output's content words the context never uses.
/// </summary>
/// <remarks>
/// The gateway's own copy is short and claim-dense, so the claim checks carry it; dataset outputs are sentences whose
/// invented content is mostly ordinary words, so the word share is the main signal there. The parameters were chosen
/// on the fit half of the development files only (see <see cref="Splitter"/>). A context that is no document (a bare
/// question, as in HaluEval's general task) leaves only one judgeable case: an answer about an unseen link or image.
/// </remarks>
/// <param name="maxUnsupportedShare">Above this share of unsupported content words the output is hallucinated.</param>
/// <param name="claimsCount">Whether an unsupported hard claim alone makes the output hallucinated.</param>
public sealed class HallucinationDetector(double maxUnsupportedShare = HallucinationDetector.DefaultMaxUnsupportedShare, bool claimsCount = true)
{
    /// <summary>An output with more than this many times the context's content words treats the context as no document (chosen on the fit half).</summary>
    public const int DocumentlessRatio = 1;

    /// <summary>Default share of content words the context may lack.</summary>
    public const double DefaultMaxUnsupportedShare = 0.05;

    /// <summary>Judges <paramref name="output"/> against <paramref name="context"/>.</summary>
    public HallucinationVerdict Judge(string context, string output)
    {
        var index = new GroundingIndex([new GroundingText(GroundingSource.Brief, context)]);
        int claims = 0;
        int names = 0;
        foreach (Claim claim in ClaimExtractor.Extract(output))
        {
            if (claim.Key != "derived" && !index.Supports(claim))
            {
                _ = claim.Kind == ClaimKind.Entity ? names++ : claims++;
            }
        }

        int content = 0;
        int unsupported = 0;
        foreach (Token t in Tokenizer.Tokenize(output))
        {
            if (t.Kind != TokenKind.Word || t.Length < 3 || FunctionWords.Set.Contains(t.Lower))
            {
                continue;
            }

            content++;
            if (!index.ContainsWord(t.Lower) && !SharesPrefix(index, t.Lower))
            {
                unsupported++;
            }
        }

        double share = content == 0 ? 0 : (double)unsupported / content;
        if (content > DocumentlessRatio * CountContentWords(context))
        {
            // A context far shorter than the output (a bare question) is no document to check words or claims
            // against: whether "1773" is right takes world knowledge. What can be judged is an answer about an
            // input the model never saw (a link, an image) that does not say so.
            bool invented = UnseenInput.IsReferencedIn(context) && !UnseenInput.IsDisclaimedIn(output);
            return new HallucinationVerdict(invented, claims, share, content);
        }

        bool hallucinated = (claimsCount && claims > 0) || share > maxUnsupportedShare;
        return new HallucinationVerdict(hallucinated, claims, share, content);
    }

    private static int CountContentWords(string text)
    {
        int n = 0;
        foreach (Token t in Tokenizer.Tokenize(text))
        {
            n += t.Kind == TokenKind.Word && t.Length >= 3 && !FunctionWords.Set.Contains(t.Lower) ? 1 : 0;
        }

        return n;
    }

    // "played" is supported by "plays", "technological" by "technology": compare a 5-letter stem when both are long.
    private static bool SharesPrefix(GroundingIndex index, string word) => word.Length >= 6 && index.HasWordStartingWith(word[..5]);
}
