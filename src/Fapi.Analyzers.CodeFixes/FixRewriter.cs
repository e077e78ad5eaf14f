using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Rewrites one kind of code (a value, an element, a fluent call, ...) to carry the compliant value.</summary>
internal abstract class FixRewriter
{
    public abstract FixKind Kind { get; }

    /// <summary>The action's title, from the code it writes.</summary>
    public abstract string Title(string code);

    /// <summary>
    /// The root with the fix applied at <paramref name="target"/>, or null when this code cannot be fixed.
    /// <paramref name="original"/> is the same node in the tree <paramref name="semanticModel"/> belongs to (Fix All edits a copy).
    /// </summary>
    public abstract SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel);

    protected static string Display(string code) => code.Replace("global::", "");
}
