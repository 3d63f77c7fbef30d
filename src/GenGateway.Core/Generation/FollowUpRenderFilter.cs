using System.Web;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Generation;

/// <summary>
/// Continues a conversation through the same SK function: messages under <see cref="ArgumentName"/> (the model's
/// earlier answer and the gateway's request for more) are appended to the rendered prompt as encoded
/// <c>&lt;message&gt;</c> tags, so a top-up call is rendered, parsed and invoked by the Kernel like the first one.
/// </summary>
internal sealed class FollowUpRenderFilter : IPromptRenderFilter
{
    /// <summary>The argument holding an <see cref="IReadOnlyList{T}"/> of <see cref="ChatMessage"/>.</summary>
    public const string ArgumentName = "gengateway_follow_up";

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        await next(context);
        if (context.Arguments.TryGetValue(ArgumentName, out var value) && value is IReadOnlyList<ChatMessage> { Count: > 0 } messages)
        {
            var text = new System.Text.StringBuilder(context.RenderedPrompt);
            foreach (var message in messages)
            {
                // Model output and gateway text are data: encoded, they can never close or open a tag.
                text.Append("\n<message role=\"").Append(message.Role.Value).Append("\">")
                    .Append(HttpUtility.HtmlEncode(message.Text)).Append("</message>");
            }

            context.RenderedPrompt = text.ToString();
        }
    }
}
