using GenGateway.Core.Generation;
using GenGateway.Core.Requests;

namespace GenGateway.Core.Tasks.Copy;

/// <summary>
/// Rule-written subject lines: templates per tone over the forms of the brief's fields. Every template uses only the
/// brief's words and claim-free glue, so the lines pass the grounding check; a template whose slot the brief does
/// not fill is skipped.
/// </summary>
internal static class SubjectLineCopy
{
    // Slots: oon offer applied to the product; o offer; ob offer as a benefit; p product; pown the product as ours
    // ("our open house"); pbe is/are; psel "selected"
    // form; pmeet a singular product to introduce; c campaign as a label; cnp campaign in a sentence; cbe is/are;
    // a audience; until deadline phrase; dl deadline fact; do an instruction fact; f, f2 other facts.
    private static readonly string[] Neutral =
    [
        "{oon} {until}", "{c}: {oon}", "{oon}", "{p}: {o}", "{do} for {oon}", "{cnp} {cbe} here: {oon}", "{oon} for {a}",
        "{c}: {o} {until}", "{p}: {o} {until}", "{dl}: {oon}", "{c}: {p}", "{p}: {f}", "{c}: {f}", "{o} {until}",
        "{c}: {o}", "A closer look at {pown}", "{cnp} {cbe} here", "{o} for {a}",
    ];

    private static readonly string[] Friendly =
    [
        "Good news: {oon}", "{oon}, just for you", "Your {ob} is waiting", "{p}: {o}", "{cnp} {cbe} here: {oon}",
        "Thought you'd like this: {oon}", "Good news: {o} {until}", "Have you seen {pmeet}?", "Meet {pmeet}", "{p}: {f}",
        "Don't miss {cnp}", "{o}, just for you",
    ];

    // Empathetic copy informs and invites; it never pressures.
    private static readonly string[] Empathetic =
    [
        "{c}: {f}", "{p}: {o}", "{oon}, just for you", "{c}: {oon}", "A note about {cnp}", "{fline}", "{c}: {p}",
        "Good to know: {f}", "{p}: {f}",
    ];

    private static readonly string[] Urgent =
    [
        "{oon} {until}", "{dl}: {oon}", "{do}: {oon}", "{do} for {oon}", "Don't miss {oonn}", "Hurry: {oon} {until}",
        "{p}: {o}, {do}", "{p}: {o} {until}", "{oon}: {dl}", "Don't wait: {o} {until}", "Don't miss {ob}",
        "Don't miss {cnp}", "{p}: {o}",
    ];

    private static readonly string[] Formal =
    [
        "{c}: {oon}", "An offer for {a}: {oon}", "{p}: {o} {until}", "{oon} {until}", "{p}: {o}", "{c}: {p}",
        "An update on {cnp}", "{c}: {f}", "{p}: {f}",
    ];

    private static readonly string[] Playful =
    [
        "Psst… {oon}", "Treat yourself: {oon}", "Guess what? {oon}", "{pstart} + {ob} = yes", "Psst… {p}: {o}",
        "Treat yourself: {p}", "Psst… {p}: {f}", "Guess what? {f}", "Psst… {o} {until}",
    ];

    // Whatever the brief holds, these still make whole lines from it.
    private static readonly string[] LastResort =
    [
        "Take a look at {pown}", "Discover {pown}", "All about {pown}", "A first look at {cnp}", "{c}: {fline}", "Good to know: {f}",
        "{fline}", "Quick update: {f}", "{f2line}", "{ostart}", "Don't miss {ob}", "News from {cnp}", "{c}: {f2line}", "{c}",
    ];

    /// <summary>Up to <paramref name="count"/> distinct lines within the request's limits, best first.</summary>
    public static IReadOnlyList<string> Candidates(SubjectLineRequest request, int maxLength, int count)
    {
        var brief = request.Brief ?? new Brief();
        var templates = (request.Tone?.ToLowerInvariant()) switch
        {
            "friendly" or "casual" => Friendly.Concat(Neutral),
            "empathetic" => Empathetic.Concat(Neutral.Where(t => !t.Contains("Don't", StringComparison.Ordinal))),
            "urgent" => Urgent.Concat(Neutral),
            "formal" or "professional" => Formal.Concat(Neutral),
            "playful" => Playful.Concat(Friendly).Concat(Neutral),
            _ => Neutral.Concat(Friendly),
        };

        var slots = Slots(brief);
        var result = new List<string>();
        foreach (var template in templates.Concat(LastResort))
        {
            if (Template.Fill(template, slots) is not { } line)
            {
                continue;
            }

            line = WithMustInclude(line, brief.MustInclude);
            if (line is not null && !RepeatsFor(line) && CandidateRules.Fits(line, maxLength, brief.MustInclude, brief.Avoid)
                && !result.Any(existing => TextNormalizer.Key(existing) == TextNormalizer.Key(line)))
            {
                result.Add(line);
                if (result.Count == count)
                {
                    break;
                }
            }
        }

        return result;
    }

    private static Dictionary<string, string?> Slots(Brief brief)
    {
        var product = NounPhrase.Read(brief.Product);
        var offer = Offer.Read(brief.Offer);
        var campaign = CustomerFacingCampaign(brief.Campaign);
        // A campaign and a product that name each other ("Webinar" and "Security in the Cloud webinar") would only
        // repeat themselves side by side; the product says more.
        if (campaign is not null && product is not null && (product.Text.Contains(campaign.Text, StringComparison.OrdinalIgnoreCase)
            || campaign.Text.Contains(product.Text, StringComparison.OrdinalIgnoreCase)))
        {
            campaign = null;
        }

        var facts = Fact.ReadAll(brief.Facts);
        var deadline = facts.FirstOrDefault(f => f.IsDeadline);
        var instruction = facts.FirstOrDefault(f => f.IsImperative && f != deadline)
            ?? (deadline is { IsImperative: true, Until: null } ? deadline : null);
        var others = facts.Where(f => f != deadline && f != instruction).ToList();
        // A deadline already said as "until Sunday" is not repeated as a fact of its own.
        var fact = others.FirstOrDefault() ?? (deadline is { Until: null } ? deadline : null) ?? instruction;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["oon"] = offer?.On(product),
            ["o"] = offer?.Inner,
            ["ostart"] = offer?.Start,
            ["ob"] = offer is { IsBenefit: true } ? offer.Inner : null,
            ["p"] = product?.Inner,
            ["pown"] = product?.Owned,
            ["pstart"] = product?.Start,
            ["pbe"] = product?.Be,
            ["oonn"] = offer is { IsBenefit: true } ? offer.On(product) : null,
            // "Meet the Aurora e-bike", "Meet Spotify Premium"; not "Meet coffee".
            ["pmeet"] = product is { IsPlural: false } && (product.IsName || product.NeedsArticle || product.HasDeterminer) ? product.Inner : null,
            ["c"] = campaign?.Text,
            ["cnp"] = campaign is null ? null : CampaignInSentence(campaign),
            ["cbe"] = campaign?.Be,
            ["a"] = CustomerFacingAudience(brief.Audience),
            ["until"] = deadline?.Until,
            ["dl"] = deadline is { IsImperative: false } ? deadline.Inner : null,
            ["do"] = instruction?.Inner,
            ["f"] = fact?.Inner,
            ["fline"] = fact?.Start,
            ["f2line"] = others.Skip(1).FirstOrDefault()?.Start,
        };
    }

    /// <summary>
    /// A campaign inside a sentence: an event ("Winter sale") is "our winter sale", a named event ("Riverside Jazz
    /// Festival") takes "the", a name ("Black Friday") stays as written, and anything else ("Summer reading") is only ever used as a label before a colon.
    /// </summary>
    private static string? CampaignInSentence(NounPhrase campaign)
    {
        if (campaign.HasDeterminer)
        {
            return campaign.Inner;
        }

        var head = Casing.LastWord(campaign.Text).ToLowerInvariant();
        var eventNoun = head is "sale" or "sales" or "event" or "collection" or "drop" or "launch" or "deals" or "clearance"
            or "edition" or "weekend" or "week" or "festival" or "giveaway" or "special" or "specials" or "range" or "lineup"
            or "promotion" or "offer" or "offers" or "edit" or "savings" or "days" or "season" or "release" or "menu"
            or "webinar" or "appeal" or "drive" or "fundraiser" or "challenge" or "summit" or "conference" or "tour";
        if (eventNoun)
        {
            // A named event ("Riverside Jazz Festival") is the one; a generic one ("Winter sale") is ours.
            return campaign.IsName ? "the " + campaign.Text : "our " + Casing.LowerLead(campaign.Text);
        }

        return campaign.IsName && !campaign.Text.Contains(',', StringComparison.Ordinal) ? campaign.Text : null;
    }

    /// <summary>A campaign name a customer may read; internal names ("Q4 retention push") are never used.</summary>
    private static NounPhrase? CustomerFacingCampaign(string? value)
    {
        var campaign = NounPhrase.Read(value);
        if (campaign is null)
        {
            return null;
        }

        var words = campaign.Text.ToLowerInvariant().Split(' ', '-', '_', '/', ':');
        return words.Any(w => Words.InternalCampaignWords.Contains(w)) || campaign.Text.Contains('#', StringComparison.Ordinal)
            || campaign.Text.Contains('_', StringComparison.Ordinal)
            ? null
            : campaign;
    }

    /// <summary>An audience a customer may be addressed as; a targeting label ("lapsed users") is never used.</summary>
    private static string? CustomerFacingAudience(string? value)
    {
        var audience = Casing.Clean(value);
        if (audience is null || audience.Split(' ', '-').Any(w => Words.InternalAudienceWords.Contains(w))
            || audience.Any(char.IsDigit) || audience.Split(' ').Length > 4)
        {
            return null;
        }

        return Casing.LowerLead(audience);
    }

    /// <summary>Leads with the must-include terms the line lacks; a line that already has a colon is not given a second.</summary>
    private static string? WithMustInclude(string candidate, IReadOnlyList<string>? mustInclude)
    {
        var missing = mustInclude?.Where(term => !candidate.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList() ?? [];
        if (missing.Count == 0)
        {
            return candidate;
        }

        return candidate.Contains(':', StringComparison.Ordinal) ? null : $"{string.Join(", ", missing)}: {Casing.LowerLead(candidate)}";
    }

    // "$40/month for 12 months for new customers": two "for"s read as a pile-up.
    private static bool RepeatsFor(string line) =>
        line.IndexOf(" for ", StringComparison.Ordinal) is var first and >= 0 && line.IndexOf(" for ", first + 1, StringComparison.Ordinal) >= 0;
}
