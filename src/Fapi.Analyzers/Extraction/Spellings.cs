using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// Where a tree spells an identifier, found by a text search the first time a name is asked and kept with the tree: a
/// tree the user did not edit keeps its answers across compilations (each keystroke makes a new compilation of mostly
/// the same trees), and no tree is ever tokenized whole for a name it does not contain.
/// </summary>
internal static class Spellings
{
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, int[]>> ByTree = new();

    /// <summary>The positions of identifier tokens spelled <paramref name="name"/> in <paramref name="tree"/>.</summary>
    public static int[] In(SyntaxTree tree, string name)
    {
        // Some symbols have no name (an indexer's parameter list, an erroneous member): nothing spells them.
        if (name.Length == 0)
        {
            return Array.Empty<int>();
        }

        // Asked for every tree and name on each compilation: the lock-free lookup first, a plain dictionary per tree
        // (rarely contended) instead of a concurrent one.
        if (!ByTree.TryGetValue(tree, out var byName))
        {
            byName = ByTree.GetValue(tree, _ => new Dictionary<string, int[]>(StringComparer.Ordinal));
        }

        lock (byName)
        {
            if (byName.TryGetValue(name, out var known))
            {
                return known;
            }
        }

        var found = Find(tree, name);
        lock (byName)
        {
            byName[name] = found;
        }

        return found;
    }

    /// <summary>The simple names (<c>Name</c>, <c>Name&lt;T&gt;</c>) <paramref name="tree"/> spells <paramref name="name"/> with.</summary>
    public static IEnumerable<Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax> Names(SyntaxTree tree, string name)
    {
        var positions = In(tree, name);
        if (positions.Length == 0)
        {
            yield break;
        }

        var root = tree.GetRoot();
        foreach (var position in positions)
        {
            if (root.FindToken(position).Parent is Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax simple)
            {
                yield return simple;
            }
        }
    }

    private static int[] Find(SyntaxTree tree, string name)
    {
        var text = tree.GetText();
        List<int>? found = null;
        foreach (var start in Candidates(text, name))
        {
            // A text match may sit in a comment, a string or a longer name: the token decides.
            var token = tree.GetRoot().FindToken(start);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Span.End == start + name.Length)
            {
                (found ??= new List<int>()).Add(token.SpanStart);
            }
        }

        return found?.ToArray() ?? Array.Empty<int>();
    }

    /// <summary>Text positions where <paramref name="name"/> stands between non-identifier characters.</summary>
    private static IEnumerable<int> Candidates(SourceText text, string name)
    {
        // A tree parsed from a string holds that string: ToString() hands it out without a copy.
        var whole = text.ToString();
        for (var at = whole.IndexOf(name, StringComparison.Ordinal); at >= 0; at = whole.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            if ((at == 0 || !IsIdentifierChar(whole[at - 1])) && (after >= whole.Length || !IsIdentifierChar(whole[after])))
            {
                yield return at;
            }
        }
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
