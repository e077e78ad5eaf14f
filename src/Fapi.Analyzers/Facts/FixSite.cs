namespace Fapi.Analyzers.Facts;

/// <summary>
/// What a code fix may do where a fact was found, described by the binding that found it.
/// <see cref="Writer"/> turns a compliant value into the code to write there, or null when it cannot;
/// <see cref="RemoveKind"/> says how the fact's code is removed instead (a collection element, a fluent call).
/// </summary>
public sealed class FixSite
{
    public static readonly FixSite None = new(FixKind.None, null);

    public FixSite(FixKind kind, ValueWriter? writer, FixKind removeKind = FixKind.None)
    {
        Kind = kind;
        Writer = writer;
        RemoveKind = removeKind;
    }

    public FixKind Kind { get; }
    public ValueWriter? Writer { get; }
    public FixKind RemoveKind { get; }
}

/// <summary>Writes C# code that sets the fact's setting to a given value at the fix site; null when it cannot.</summary>
public delegate string? ValueWriter(object value);
