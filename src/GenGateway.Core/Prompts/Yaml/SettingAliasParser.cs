using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GenGateway.Core.Prompts.Yaml;

/// <summary>
/// Passes a YAML event stream through, renaming the key <c>allow_unsafe_content</c> (the older spelling prompt files
/// still use) to <c>allow_dangerously_set_content</c>, the property SK's <c>PromptTemplateConfig</c> and
/// <c>InputVariable</c> have. Events keep their positions, so errors still name the line in the file.
/// </summary>
internal sealed class SettingAliasParser(IParser inner) : IParser
{
    private const string OldName = "allow_unsafe_content";
    private const string NewName = "allow_dangerously_set_content";

    // One frame per open mapping or sequence; in a mapping, nodes alternate key, value, key, ...
    private readonly Stack<Frame> _frames = new();

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            Current = null;
            return false;
        }

        var next = inner.Current!;
        if (next is MappingEnd or SequenceEnd)
        {
            _frames.Pop();
        }
        else if (next is NodeEvent)
        {
            var isKey = false;
            if (_frames.TryPeek(out var frame) && frame.IsMapping)
            {
                isKey = frame.ExpectKey;
                frame.ExpectKey = !frame.ExpectKey;
            }

            if (next is Scalar { Value: OldName } scalar && isKey)
            {
                next = new Scalar(scalar.Anchor, scalar.Tag, NewName, scalar.Style, scalar.IsPlainImplicit, scalar.IsQuotedImplicit, scalar.Start, scalar.End);
            }
            else if (next is MappingStart or SequenceStart)
            {
                _frames.Push(new Frame { IsMapping = next is MappingStart, ExpectKey = true });
            }
        }

        Current = next;
        return true;
    }

    private sealed class Frame
    {
        public bool IsMapping { get; init; }

        public bool ExpectKey { get; set; }
    }
}
