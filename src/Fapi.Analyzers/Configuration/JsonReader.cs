using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Fapi.Analyzers.Configuration;

/// <summary>
/// Reads a configuration JSON file the way the .NET configuration JSON provider accepts it (comments, trailing commas,
/// an object at the top), keeping the span of every value and key. Hand-written: System.Text.Json in an analyzer
/// loads whatever version the host carries (docs/configuration-files.md). Never throws: bad input is an error message.
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private int _position;

    private JsonReader(string text) => _text = text;

    /// <summary>The file's top-level object, or null with <paramref name="error"/> and the offset where reading failed.</summary>
    public static JsonObject? Read(string text, out string? error, out int errorAt)
    {
        var reader = new JsonReader(text);
        try
        {
            reader.SkipTrivia();
            if (reader._position >= text.Length)
            {
                // The provider treats an empty file as no settings.
                error = null;
                errorAt = 0;
                return new JsonObject(new TextSpan(0, 0), new List<JsonMember>());
            }

            if (reader.Peek() != '{')
            {
                throw new JsonException("the top level must be a JSON object", reader._position);
            }

            var root = (JsonObject)reader.ReadValue(depth: 0);
            reader.SkipTrivia();
            if (reader._position < text.Length)
            {
                throw new JsonException("unexpected text after the top-level object", reader._position);
            }

            error = null;
            errorAt = 0;
            return root;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            errorAt = ex.Position;
            return null;
        }
    }

    private const int MaxDepth = 64;

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonException("nesting is too deep", _position);
        }

        SkipTrivia();
        var start = _position;
        switch (Peek())
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                var text = ReadString();
                return new JsonScalar(TextSpan.FromBounds(start, _position), JsonKind.String, text);
            case 't':
                return ReadWord("true", JsonKind.True);
            case 'f':
                return ReadWord("false", JsonKind.False);
            case 'n':
                return ReadWord("null", JsonKind.Null);
            default:
                if (Peek() == '-' || char.IsDigit(Peek()))
                {
                    return ReadNumber();
                }

                throw new JsonException(_position >= _text.Length ? "the file ends inside a value" : "unexpected character '" + Peek() + "'", _position);
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var start = _position++;
        var members = new List<JsonMember>();
        var names = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipTrivia();
            if (Peek() == '}')
            {
                _position++;
                return new JsonObject(TextSpan.FromBounds(start, _position), members);
            }

            if (Peek() != '"')
            {
                throw new JsonException(_position >= _text.Length ? "the file ends inside an object" : "a property name in double quotes was expected", _position);
            }

            var nameStart = _position;
            var name = ReadString();
            var nameSpan = TextSpan.FromBounds(nameStart, _position);
            if (!names.Add(name))
            {
                // The provider rejects a key that appears twice in one object (case-insensitively).
                throw new JsonException("the key '" + name + "' appears twice in one object", nameStart);
            }

            SkipTrivia();
            if (Peek() != ':')
            {
                throw new JsonException("':' was expected after '" + name + "'", _position);
            }

            _position++;
            members.Add(new JsonMember(name, nameSpan, ReadValue(depth + 1)));
            SkipTrivia();
            if (Peek() == ',')
            {
                _position++;
            }
            else if (Peek() != '}')
            {
                throw new JsonException(_position >= _text.Length ? "the file ends inside an object" : "',' or '}' was expected", _position);
            }
        }
    }

    private JsonArray ReadArray(int depth)
    {
        var start = _position++;
        var items = new List<JsonValue>();
        while (true)
        {
            SkipTrivia();
            if (Peek() == ']')
            {
                _position++;
                return new JsonArray(TextSpan.FromBounds(start, _position), items);
            }

            items.Add(ReadValue(depth + 1));
            SkipTrivia();
            if (Peek() == ',')
            {
                _position++;
            }
            else if (Peek() != ']')
            {
                throw new JsonException(_position >= _text.Length ? "the file ends inside an array" : "',' or ']' was expected", _position);
            }
        }
    }

    private string ReadString()
    {
        var start = _position++;
        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                builder.Append(ReadEscape());
            }
            else if (c < ' ')
            {
                throw new JsonException("a control character in a string", _position - 1);
            }
            else
            {
                builder.Append(c);
            }
        }

        throw new JsonException("a string is not closed", start);
    }

    private char ReadEscape()
    {
        var c = Peek();
        _position++;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u' when _position + 4 <= _text.Length
                          && int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                _position += 4;
                return (char)code;
            default:
                throw new JsonException("an invalid escape sequence", _position - 2);
        }
    }

    private JsonScalar ReadWord(string word, JsonKind kind)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw new JsonException("unexpected text", _position);
        }

        _position += word.Length;
        return new JsonScalar(TextSpan.FromBounds(start, _position), kind, kind == JsonKind.Null ? null : word);
    }

    private JsonScalar ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _position++;
        }

        var text = _text.Substring(start, _position - start);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw new JsonException("an invalid number", start);
        }

        return new JsonScalar(TextSpan.FromBounds(start, _position), JsonKind.Number, text);
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new JsonException("a comment is not closed", _position);
                }

                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private sealed class JsonException : System.Exception
    {
        public JsonException(string message, int position)
            : base(message) => Position = position;

        public int Position { get; }
    }
}

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value with its span in the file.</summary>
internal abstract class JsonValue
{
    protected JsonValue(TextSpan span, JsonKind kind)
    {
        Span = span;
        Kind = kind;
    }

    public TextSpan Span { get; }
    public JsonKind Kind { get; }
}

internal sealed class JsonObject : JsonValue
{
    public JsonObject(TextSpan span, List<JsonMember> members)
        : base(span, JsonKind.Object) => Members = members;

    public List<JsonMember> Members { get; }
}

internal sealed class JsonArray : JsonValue
{
    public JsonArray(TextSpan span, List<JsonValue> items)
        : base(span, JsonKind.Array) => Items = items;

    public List<JsonValue> Items { get; }
}

/// <summary>A string, number, boolean or null; <see cref="Text"/> is what the configuration provider stores (null for null).</summary>
internal sealed class JsonScalar : JsonValue
{
    public JsonScalar(TextSpan span, JsonKind kind, string? text)
        : base(span, kind) => Text = text;

    public string? Text { get; }
}

internal sealed class JsonMember
{
    public JsonMember(string name, TextSpan nameSpan, JsonValue value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }
    public TextSpan NameSpan { get; }
    public JsonValue Value { get; }
}
