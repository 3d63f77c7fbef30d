using System.Globalization;
using GenGateway.Core.Personalization;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;
using GenGateway.Evaluation;
using GenGateway.Evaluation.Tone;
using EvalTask = GenGateway.Evaluation.TaskKind;

namespace GenGateway.Core.Guardrails;

/// <summary>
/// The one place a request becomes what the evaluators look at: grounding texts, tone, style, length limit, policy
/// and thresholds. The gateway's guardrail, its LLM judge and <c>gengateway eval</c>'s assertions all build their
/// context here, so the same candidate gets the same decision everywhere.
/// </summary>
public static class EvaluationContextBuilder
{
    private static readonly SubjectLineTask SubjectLines = new();
    private static readonly UiCopyTask UiCopy = new();

    /// <summary>Builds the evaluators' context for <paramref name="request"/>.</summary>
    public static EvaluationContext Build(ITaskRequest request, EvaluationInputs? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        inputs ??= EvaluationInputs.Default;
        return new EvaluationContext
        {
            Task = TaskOf(request.Kind),
            Grounding = Grounding(request, inputs.Profile),
            RequestedTone = ToneOf(inputs.Tone ?? request.Tone),
            Style = StyleOf(inputs.Profile),
            MaxLength = MaxLength(request),
            Policy = inputs.Policy,
            PromptText = inputs.PromptText,
            StyleExamples = inputs.Profile.IsColdStart ? [] : inputs.Profile.Examples,
            Thresholds = inputs.Thresholds,
        };
    }

    /// <summary>The inputs a gateway configuration gives a tenant's request: its policy and thresholds (defaults ▸ task ▸ tenant).</summary>
    public static EvaluationInputs InputsFor(GuardrailOptions options, string tenant, Requests.TaskKind task, PersonalizationContext profile, string? promptText = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenantOptions = options.Tenants.TryGetValue(tenant, out var t) ? t : null;
        var taskOptions = options.Tasks.TryGetValue(TaskName(task), out var k) ? k : null;
        var defaults = EvaluationThresholds.Default;
        return new EvaluationInputs
        {
            Profile = profile,
            PromptText = promptText,
            Policy = tenantOptions is null ? TenantPolicy.Default : new TenantPolicy
            {
                BannedPhrases = tenantOptions.BannedPhrases,
                CompetitorNames = tenantOptions.Competitors,
                EmojiAllowed = tenantOptions.EmojiAllowed,
                MaxEmoji = tenantOptions.MaxEmoji,
            },
            Thresholds = new EvaluationThresholds
            {
                Grounding = tenantOptions?.Thresholds.Grounding ?? taskOptions?.Grounding ?? options.Thresholds.Grounding ?? defaults.Grounding,
                Tone = tenantOptions?.Thresholds.Tone ?? taskOptions?.Tone ?? options.Thresholds.Tone ?? defaults.Tone,
                Policy = tenantOptions?.Thresholds.Policy ?? taskOptions?.Policy ?? options.Thresholds.Policy ?? defaults.Policy,
            },
        };
    }

    /// <summary>
    /// The facts a candidate may rest on. A thread message's send date is grounding (it supports a weekday or the
    /// date itself), its time of day is not: "09:15 works for me" answering a message sent at 09:15 invents a meeting time.
    /// </summary>
    public static IReadOnlyList<GroundingText> Grounding(ITaskRequest request, PersonalizationContext profile)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(profile);
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

    /// <summary>The gateway's tone names; <c>professional</c> is its alias of formal; null for none or an unknown name.</summary>
    public static ToneKind? ToneOf(string? tone) => tone?.ToLowerInvariant() switch
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

    /// <summary>The length limit in force: the request's, else the task's default.</summary>
    public static int MaxLength(ITaskRequest request) => request switch
    {
        SubjectLineRequest => SubjectLines.MaxLength(request),
        SmartReplyRequest => request.MaxLength ?? SmartReplyTask.DefaultMaxLength,
        UiCopyRequest => UiCopy.MaxLength(request),
        _ => request?.MaxLength ?? throw new ArgumentException($"unknown request type {request?.GetType().Name}", nameof(request)),
    };

    private static EvalTask TaskOf(Requests.TaskKind kind) => kind switch
    {
        Requests.TaskKind.SubjectLines => EvalTask.SubjectLine,
        Requests.TaskKind.SmartReplies => EvalTask.SmartReply,
        _ => EvalTask.UiCopy,
    };

    private static string TaskName(Requests.TaskKind kind) => kind switch
    {
        Requests.TaskKind.SubjectLines => "subject-lines",
        Requests.TaskKind.SmartReplies => "smart-replies",
        _ => "ui-copy",
    };

    private static StyleProfile? StyleOf(PersonalizationContext profile)
    {
        if (profile.IsColdStart || !profile.Traits.TryGetValue(TraitNames.Formality, out var formalityText))
        {
            return null;
        }

        var formality = Level(formalityText, casual: 0.2, neutral: 0.5, formal: 0.85);
        var emojiRate = profile.Traits.TryGetValue(TraitNames.Emoji, out var emojiText) ? Level(emojiText, casual: 0, neutral: 0.3, formal: 1) : 0.3;
        var length = profile.Traits.TryGetValue(TraitNames.Length, out var lengthText) && int.TryParse(lengthText, CultureInfo.InvariantCulture, out var n) ? n : 0;
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
}
