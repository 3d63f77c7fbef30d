using System.Runtime.CompilerServices;
using System.Text;
using GenGateway.Evaluation.Text;

namespace GenGateway.Evaluation.Grounding;

/// <summary>The claims and words of all grounding texts of one request, indexed for support look-ups.</summary>
/// <remarks>Built once per grounding list and shared by every candidate of the request.</remarks>
public sealed class GroundingIndex
{
    // One index per grounding list: the guardrail evaluates several candidates against the same context.
    private static readonly ConditionalWeakTable<IReadOnlyList<GroundingText>, GroundingIndex> Indexes = [];

    private readonly HashSet<(ClaimKind Kind, decimal Value)> _values = [];
    private readonly HashSet<(decimal Amount, string Currency)> _money = [];
    private readonly HashSet<decimal> _numbers = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _urls = [];
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<ClaimKind, List<string>> _examples = [];
    private readonly string _verbatim;
    private HashSet<string>? _prefixes;

    /// <summary>Indexes <paramref name="grounding"/>.</summary>
    public GroundingIndex(IReadOnlyList<GroundingText> grounding)
    {
        var all = new StringBuilder();
        var verbatim = new StringBuilder();
        foreach (GroundingText g in grounding)
        {
            string text = g.Text ?? string.Empty;
            all.Append(text.ToLowerInvariant().Replace('’', '\'')).Append(" \n ");
            verbatim.Append(text).Append(" \n ");
            List<Token> tokens = Tokenizer.Tokenize(text);
            foreach (Token t in tokens)
            {
                if (t.Kind == TokenKind.Word)
                {
                    AddWord(t.Lower);
                }
                else if (t.Kind == TokenKind.Number)
                {
                    _numbers.Add(t.Value);
                }
            }

            foreach (Claim c in ClaimExtractor.Extract(text, tokens))
            {
                Add(c);
            }
        }

        LowerText = all.ToString();
        _verbatim = verbatim.ToString();
    }

    /// <summary>The index of <paramref name="grounding"/>, built once per list instance.</summary>
    public static GroundingIndex For(IReadOnlyList<GroundingText> grounding) => Indexes.GetValue(grounding, static g => new GroundingIndex(g));

    /// <summary>All grounding texts, lower-cased and joined (for phrase look-ups).</summary>
    public string LowerText { get; }

    /// <summary>True when <paramref name="exact"/> appears, with the same case, in one of the grounding texts.</summary>
    public bool ContainsVerbatim(string exact) => _verbatim.Contains(exact, StringComparison.Ordinal);

    /// <summary>True when the grounding uses <paramref name="lowerWord"/> (or its singular / non-possessive form).</summary>
    public bool ContainsWord(string lowerWord) => _words.Contains(lowerWord) || _words.Contains(Stem(lowerWord));

    /// <summary>True when some grounding word of six or more letters starts with <paramref name="prefix"/>.</summary>
    public bool HasWordStartingWith(string prefix)
    {
        _prefixes ??= BuildPrefixes();
        return _prefixes.Contains(prefix);
    }

    /// <summary>True when the grounding supports <paramref name="claim"/>.</summary>
    public bool Supports(Claim claim) => claim.Kind switch
    {
        ClaimKind.Money => _money.Contains((claim.Value, claim.Key)) || _money.Contains((claim.Value, string.Empty))
                           || (claim.Key.Length == 0 && HasMoneyAmount(claim.Value)),
        ClaimKind.Number => _numbers.Contains(claim.Value),
        ClaimKind.Time when claim.Key == "ambiguous" => _values.Contains((ClaimKind.Time, claim.Value))
                           || _values.Contains((ClaimKind.Time, (claim.Value + 720) % 1440)),
        ClaimKind.Percent or ClaimKind.Date or ClaimKind.Weekday or ClaimKind.Time or ClaimKind.Duration => _values.Contains((claim.Kind, claim.Value)),
        ClaimKind.Url => SupportsUrl(claim.Key),
        ClaimKind.Email or ClaimKind.Phone => _keys.Contains(KeyOf(claim.Kind, claim.Key)),
        ClaimKind.Entity => _words.Contains(claim.Key) || _words.Contains(Stem(claim.Key)),
        ClaimKind.Promise => SupportsPromise(claim.Key),
        _ => false,
    };

    /// <summary>Up to three examples of what the grounding does say for <paramref name="kind"/>, for readable reasons.</summary>
    public IReadOnlyList<string> ExamplesOf(ClaimKind kind) => _examples.TryGetValue(kind, out List<string>? list) ? list : [];

    private void Add(Claim c)
    {
        switch (c.Kind)
        {
            case ClaimKind.Money:
                _money.Add((c.Value, c.Key));
                _money.Add((c.Value, string.Empty));
                break;
            case ClaimKind.Url:
                _urls.Add(c.Key);
                break;
            case ClaimKind.Email or ClaimKind.Phone:
                _keys.Add(KeyOf(c.Kind, c.Key));
                break;
            case ClaimKind.Time when c.Key == "ambiguous":
                _values.Add((ClaimKind.Time, c.Value));
                _values.Add((ClaimKind.Time, (c.Value + 720) % 1440));
                break;
            default:
                _values.Add((c.Kind, c.Value));
                break;
        }

        _numbers.Add(c.Raw);
        if (!_examples.TryGetValue(c.Kind, out List<string>? examples))
        {
            _examples[c.Kind] = examples = [];
        }

        if (examples.Count < 3 && c.Key != "derived" && !examples.Contains(c.Text))
        {
            examples.Add(c.Text);
        }
    }

    private bool HasMoneyAmount(decimal amount)
    {
        foreach ((decimal a, string _) in _money)
        {
            if (a == amount)
            {
                return true;
            }
        }

        return false;
    }

    private bool SupportsUrl(string url)
    {
        foreach (string u in _urls)
        {
            // A bare domain in the candidate is supported by any page on that domain in the grounding.
            if (u == url || u.StartsWith(url + "/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool SupportsPromise(string key)
    {
        foreach (Promise promise in PromiseLexicon.All)
        {
            if (promise.Phrases[0] != key)
            {
                continue;
            }

            foreach (string phrase in promise.SupportedBy)
            {
                if (LowerText.Contains(phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private HashSet<string> BuildPrefixes()
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string w in _words)
        {
            if (w.Length >= 6)
            {
                prefixes.Add(w[..5]);
            }
        }

        return prefixes;
    }

    private void AddWord(string word)
    {
        _words.Add(word);
        _words.Add(Stem(word));
    }

    private static string KeyOf(ClaimKind kind, string key) => kind == ClaimKind.Email ? "e:" + key : "p:" + key;

    private static string Stem(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
