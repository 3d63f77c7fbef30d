using System.Globalization;
using System.Runtime.CompilerServices;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Tone;
using EvalTask = GenGateway.Evaluation.TaskKind;

namespace GenGateway.Core.Guardrails;

/// <summary>Turns a request's review context into what the evaluators look at: grounding texts, tone, style, policy, thresholds.</summary>
internal sealed class EvaluationContextFactory(GuardrailOptions options)
{
    // One evaluation context per review context, so every candidate of a request shares the grounding index.
    private readonly ConditionalWeakTable<ReviewContext, EvaluationContext> _contexts = [];

    public EvaluationContext For(ReviewContext review) => _contexts.GetValue(review, Build);

    internal static IReadOnlyList<GroundingText> Grounding(ITaskRequest request, PersonalizationContext profile)
    {
        var grounding = new List<GroundingText>();
        void Add(GroundingSource source, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                grounding.Add(new GroundingText(source, text));
            }
        }

        switch (request)
        {
            case SubjectLineRequest { Brief: { } brief }:
                Add(GroundingSource.Brief, brief.Campaign);
                Add(GroundingSource.Brief, brief.Product);
                Add(GroundingSource.Brief, brief.Offer);
                Add(GroundingSource.Brief, brief.Audience);
                foreach (var term in brief.MustInclude ?? [])
                {
                    Add(GroundingSource.Brief, term);
                }

                foreach (var fact in brief.Facts ?? [])
                {
                    Add(GroundingSource.Fact, fact);
                }

                break;
            case UiCopyRequest { Context: { } ui }:
                Add(GroundingSource.Brief, ui.Screen);
                Add(GroundingSource.Brief, ui.Goal);
                foreach (var fact in ui.Facts ?? [])
                {
                    Add(GroundingSource.Fact, fact);
                }

                break;
            case SmartReplyRequest { Thread: { } thread }:
                foreach (var message in thread)
                {
                    Add(GroundingSource.Thread, message.From);
                    Add(GroundingSource.Thread, message.Text);

                    // The full date supports a weekday ("see you Friday") and the date itself.
                    Add(GroundingSource.Thread, message.SentAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                break;
        }

        if (!profile.IsColdStart)
        {
            foreach (var (trait, value) in profile.Traits)
            {
                Add(GroundingSource.Profile, $"{trait}: {value}");
            }
        }

        return grounding;
    }

    internal static ToneKind? ToneOf(string? tone) => tone?.ToLowerInvariant() switch
    {
        "formal" or "professional" => ToneKind.Formal,
        "casual" => ToneKind.Casual,
        "friendly" => ToneKind.Friendly,
        "playful" => ToneKind.Playful,
        "urgent" => ToneKind.Urgent,
        "empathetic" => ToneKind.Empathetic,
        "neutral" => ToneKind.Neutral,
        _ => null,
    };

    internal static StyleProfile? StyleOf(PersonalizationContext profile)
    {
        if (profile.IsColdStart || !profile.Traits.TryGetValue(TraitNames.Formality, out var formalityText))
        {
            return null;
        }

        double formality = Level(formalityText, casual: 0.2, neutral: 0.5, formal: 0.85);
        double emojiRate = profile.Traits.TryGetValue(TraitNames.Emoji, out var emojiText) ? Level(emojiText, casual: 0, neutral: 0.3, formal: 1) : 0.3;
        int length = profile.Traits.TryGetValue(TraitNames.Length, out var lengthText) && int.TryParse(lengthText, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new StyleProfile(formality, emojiRate, length);
    }

    private static double Level(string text, double casual, double neutral, double formal)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var t = text.ToLowerInvariant();
        return t.Contains("casual", StringComparison.Ordinal) || t.Contains("informal", StringComparison.Ordinal)
               || t.Contains("never", StringComparison.Ordinal) || t.Contains("none", StringComparison.Ordinal) ? casual
            : t.Contains(TraitNames.Formal, StringComparison.Ordinal) || t.StartsWith(TraitNames.Often, StringComparison.Ordinal) || t.Contains("frequent", StringComparison.Ordinal) ? formal
            : neutral;
    }

    private static string TaskName(Requests.TaskKind kind) => kind switch
    {
        Requests.TaskKind.SubjectLines => "subject-lines",
        Requests.TaskKind.SmartReplies => "smart-replies",
        _ => "ui-copy",
    };

    private EvaluationContext Build(ReviewContext review)
    {
        var tenant = options.Tenants.TryGetValue(review.Tenant, out var t) ? t : null;
        var task = options.Tasks.TryGetValue(TaskName(review.Request.Kind), out var k) ? k : null;
        var defaults = EvaluationThresholds.Default;
        var thresholds = new EvaluationThresholds
        {
            Grounding = tenant?.Thresholds.Grounding ?? task?.Grounding ?? options.Thresholds.Grounding ?? defaults.Grounding,
            Tone = tenant?.Thresholds.Tone ?? task?.Tone ?? options.Thresholds.Tone ?? defaults.Tone,
            Policy = tenant?.Thresholds.Policy ?? task?.Policy ?? options.Thresholds.Policy ?? defaults.Policy,
        };

        return new EvaluationContext
        {
            Task = review.Request.Kind switch
            {
                Requests.TaskKind.SubjectLines => EvalTask.SubjectLine,
                Requests.TaskKind.SmartReplies => EvalTask.SmartReply,
                _ => EvalTask.UiCopy,
            },
            Grounding = Grounding(review.Request, review.Profile),
            RequestedTone = ToneOf(review.Request.Tone),
            Style = StyleOf(review.Profile),
            MaxLength = review.MaxLength,
            Policy = tenant is null ? TenantPolicy.Default : new TenantPolicy
            {
                BannedPhrases = tenant.BannedPhrases,
                CompetitorNames = tenant.Competitors,
                EmojiAllowed = tenant.EmojiAllowed,
                MaxEmoji = tenant.MaxEmoji,
            },
            PromptText = review.PromptText,
            StyleExamples = review.Profile.IsColdStart ? [] : review.Profile.Examples,
            Thresholds = thresholds,
        };
    }
}
