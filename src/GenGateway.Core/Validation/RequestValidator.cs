using GenGateway.Core.Requests;

namespace GenGateway.Core.Validation;

/// <summary>Checks generation requests and reports every problem at once, by field.</summary>
public sealed class RequestValidator(RequestLimits limits)
{
    /// <summary>Validates any task request.</summary>
    public IReadOnlyList<FieldError> Validate(ITaskRequest request)
    {
        var errors = new List<FieldError>();
        ValidateCommon(request, errors);
        switch (request)
        {
            case SubjectLineRequest s:
                ValidateBrief(s.Brief, errors);
                break;
            case SmartReplyRequest r:
                ValidateThread(r.Thread, errors);
                break;
            case UiCopyRequest u:
                ValidateUiCopy(u, errors);
                break;
        }

        return errors;
    }

    private void ValidateCommon(ITaskRequest request, List<FieldError> errors)
    {
        if (request.UserId is { } userId && (userId.Length is 0 or > 128 || userId.Any(char.IsControl)))
        {
            errors.Add(new("userId", "must be 1-128 characters without control characters"));
        }

        if (request.Count is { } count && (count < 1 || count > limits.MaxCount))
        {
            errors.Add(new("count", $"must be between 1 and {limits.MaxCount}"));
        }

        if (request.Tone is { } tone && !KnownValues.Tones.Contains(tone))
        {
            errors.Add(new("tone", $"unknown tone '{tone}'; one of: {string.Join(", ", KnownValues.Tones.Order())}"));
        }

        if (request.MaxLength is { } max && (max < limits.MinMaxLength || max > limits.MaxMaxLength))
        {
            errors.Add(new("maxLength", $"must be between {limits.MinMaxLength} and {limits.MaxMaxLength}"));
        }
    }

    private void ValidateBrief(Brief? brief, List<FieldError> errors)
    {
        if (brief is null)
        {
            errors.Add(new("brief", "is required"));
            return;
        }

        if (IsBlank(brief.Campaign) && IsBlank(brief.Product) && IsBlank(brief.Offer) && (brief.Facts is null || brief.Facts.Count == 0))
        {
            errors.Add(new("brief", "needs at least one of campaign, product, offer or facts"));
        }

        CheckText(brief.Campaign, "brief.campaign", errors);
        CheckText(brief.Product, "brief.product", errors);
        CheckText(brief.Offer, "brief.offer", errors);
        CheckText(brief.Audience, "brief.audience", errors);
        CheckList(brief.Facts, "brief.facts", errors);
        CheckList(brief.MustInclude, "brief.mustInclude", errors);
        CheckList(brief.Avoid, "brief.avoid", errors);
    }

    private void ValidateThread(IReadOnlyList<ThreadMessage>? thread, List<FieldError> errors)
    {
        if (thread is null || thread.Count == 0)
        {
            errors.Add(new("thread", "needs at least one message"));
            return;
        }

        if (thread.Count > limits.MaxThreadMessages)
        {
            errors.Add(new("thread", $"has {thread.Count} messages; at most {limits.MaxThreadMessages}"));
            return;
        }

        for (var i = 0; i < thread.Count; i++)
        {
            var message = thread[i];
            if (message is null)
            {
                errors.Add(new($"thread[{i}]", "must be an object"));
                continue;
            }

            if (IsBlank(message.Text))
            {
                errors.Add(new($"thread[{i}].text", "is required"));
            }

            CheckText(message.Text, $"thread[{i}].text", errors);
            CheckText(message.From, $"thread[{i}].from", errors);
        }
    }

    private void ValidateUiCopy(UiCopyRequest request, List<FieldError> errors)
    {
        if (IsBlank(request.Element))
        {
            errors.Add(new("element", "is required"));
        }
        else if (!KnownValues.UiElements.Contains(request.Element!))
        {
            errors.Add(new("element", $"unknown element '{request.Element}'; one of: {string.Join(", ", KnownValues.UiElements.Order())}"));
        }

        if (request.Context is { } context)
        {
            CheckText(context.Screen, "context.screen", errors);
            CheckText(context.Goal, "context.goal", errors);
            CheckList(context.Facts, "context.facts", errors);
        }
    }

    private void CheckText(string? text, string field, List<FieldError> errors)
    {
        if (text is not null && text.Length > limits.MaxTextLength)
        {
            errors.Add(new(field, $"is {text.Length} characters; at most {limits.MaxTextLength}"));
        }
    }

    private void CheckList(IReadOnlyList<string>? items, string field, List<FieldError> errors)
    {
        if (items is null)
        {
            return;
        }

        if (items.Count > limits.MaxListItems)
        {
            errors.Add(new(field, $"has {items.Count} items; at most {limits.MaxListItems}"));
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (IsBlank(items[i]))
            {
                errors.Add(new($"{field}[{i}]", "must be a non-empty string"));
            }
            else
            {
                CheckText(items[i], $"{field}[{i}]", errors);
            }
        }
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);
}
