using System.Globalization;

namespace GenGateway.LlamaCpp.Sampling;

/// <summary>
/// Checks GBNF text with the rules of llama.cpp's grammar parser before it reaches llama.cpp.
/// </summary>
/// <remarks>
/// LLamaSharp 0.30.0's <c>SafeLLamaSamplerChainHandle.AddGrammar</c> adds whatever <c>llama_sampler_init_grammar</c>
/// returns to the chain, and that is null for a grammar that does not parse: the next sample then takes the whole
/// process down (reproduced here with <c>root ::= (</c>). A grammar is therefore parsed here first, and a bad one is
/// an ordinary error naming the line and what is wrong.
/// </remarks>
internal static class GbnfSyntax
{
    /// <summary>Null when <paramref name="grammar"/> parses and defines every rule it uses, including <paramref name="root"/>; otherwise why not.</summary>
    public static string? Check(string grammar, string root)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        var parser = new Parser(grammar);
        try
        {
            parser.ParseRules();
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }

        if (!parser.Defined.Contains(root))
        {
            return $"the grammar defines no '{root}' rule";
        }

        string? undefined = parser.Used.Keys.FirstOrDefault(name => !parser.Defined.Contains(name));
        return undefined is null ? null : $"line {parser.Used[undefined]}: rule '{undefined}' is used but never defined";
    }

    private sealed class Parser(string text)
    {
        private int _pos;

        public HashSet<string> Defined { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Used { get; } = new(StringComparer.Ordinal);

        public void ParseRules()
        {
            SkipSpace(newlines: true);
            while (_pos < text.Length)
            {
                string name = Name();
                SkipSpace(newlines: false);
                Expect("::=");
                SkipSpace(newlines: true);
                Alternates(nested: false);
                Defined.Add(name);
                if (_pos < text.Length && text[_pos] is not ('\r' or '\n'))
                {
                    throw Error($"expected the end of rule '{name}'");
                }

                SkipSpace(newlines: true);
            }
        }

        private void Alternates(bool nested)
        {
            Sequence(nested);
            while (At('|'))
            {
                _pos++;
                SkipSpace(newlines: true);
                Sequence(nested);
            }
        }

        private void Sequence(bool nested)
        {
            bool any = false;
            while (_pos < text.Length)
            {
                char c = text[_pos];
                if (c == '"')
                {
                    _pos++;
                    while (!Peek('"'))
                    {
                        Character();
                    }

                    _pos++;
                }
                else if (c == '[')
                {
                    _pos++;
                    if (At('^'))
                    {
                        _pos++;
                    }

                    while (!Peek(']'))
                    {
                        Character();
                        if (At('-') && _pos + 1 < text.Length && text[_pos + 1] != ']')
                        {
                            _pos++;
                            Character();
                        }
                    }

                    _pos++;
                }
                else if (IsWordChar(c))
                {
                    int line = Line();
                    Used.TryAdd(Name(), line);
                }
                else if (c == '(')
                {
                    _pos++;
                    SkipSpace(newlines: true);
                    Alternates(nested: true);
                    Expect(")");
                }
                else if (c == '.')
                {
                    _pos++;
                }
                else if (c is '*' or '+' or '?')
                {
                    RequireItem(any, c);
                    _pos++;
                }
                else if (c == '{')
                {
                    RequireItem(any, c);
                    _pos++;
                    SkipSpace(newlines: nested);
                    Integer();
                    SkipSpace(newlines: nested);
                    if (At(','))
                    {
                        _pos++;
                        SkipSpace(newlines: nested);
                        if (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
                        {
                            Integer();
                            SkipSpace(newlines: nested);
                        }
                    }

                    Expect("}");
                }
                else
                {
                    break;
                }

                any = true;
                SkipSpace(newlines: nested);
            }
        }

        private void RequireItem(bool any, char op)
        {
            if (!any)
            {
                throw Error($"'{op}' has nothing before it to repeat");
            }
        }

        private void Character()
        {
            if (_pos >= text.Length)
            {
                throw Error("unexpected end of the grammar inside a literal or character class");
            }

            if (text[_pos] != '\\')
            {
                _pos++;
                return;
            }

            _pos++;
            char escape = _pos < text.Length ? text[_pos] : '\0';
            _pos++;
            int hexDigits = escape switch
            {
                'x' => 2,
                'u' => 4,
                'U' => 8,
                't' or 'r' or 'n' or '\\' or '"' or '[' or ']' => 0,
                _ => throw Error($"unknown escape '\\{escape}'"),
            };
            for (int i = 0; i < hexDigits; i++, _pos++)
            {
                if (_pos >= text.Length || !char.IsAsciiHexDigit(text[_pos]))
                {
                    throw Error($"'\\{escape}' needs {hexDigits} hexadecimal digits");
                }
            }
        }

        private string Name()
        {
            int start = _pos;
            while (_pos < text.Length && IsWordChar(text[_pos]))
            {
                _pos++;
            }

            return _pos > start ? text[start.._pos] : throw Error("expected a rule name");
        }

        private void Integer()
        {
            int start = _pos;
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
            {
                _pos++;
            }

            if (_pos == start)
            {
                throw Error("expected a number in '{m,n}'");
            }
        }

        private void Expect(string token)
        {
            if (string.CompareOrdinal(text, _pos, token, 0, token.Length) != 0)
            {
                throw Error($"expected '{token}'");
            }

            _pos += token.Length;
        }

        private bool At(char c) => _pos < text.Length && text[_pos] == c;

        /// <summary>Like <see cref="At"/>, for places where the grammar must go on (inside a literal or class).</summary>
        private bool Peek(char c)
        {
            if (_pos >= text.Length)
            {
                throw Error($"unexpected end of the grammar (expected '{c}' or more)");
            }

            return text[_pos] == c;
        }

        private void SkipSpace(bool newlines)
        {
            while (_pos < text.Length)
            {
                char c = text[_pos];
                if (c is ' ' or '\t' || (newlines && c is '\r' or '\n'))
                {
                    _pos++;
                }
                else if (c == '#')
                {
                    while (_pos < text.Length && text[_pos] is not ('\r' or '\n'))
                    {
                        _pos++;
                    }
                }
                else
                {
                    break;
                }
            }
        }

        private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

        private int Line() => text.AsSpan(0, Math.Min(_pos, text.Length)).Count('\n') + 1;

        private FormatException Error(string what) =>
            new(string.Create(CultureInfo.InvariantCulture, $"line {Line()}: {what}"));
    }
}
