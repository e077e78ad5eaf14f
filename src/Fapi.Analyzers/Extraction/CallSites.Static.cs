using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// Where a static member of a static class can be used. Outside the trees that declare its class, C# needs the
/// class's name before the member (<c>Config.Clients</c>, <c>Ns.Config.Clients</c>), an alias of the class, or a
/// <c>using static</c> of it. The spellings of a member name are grouped once per compilation by the class names that
/// may qualify them, so each member binds only its own candidates, and a project where every static class has a
/// <c>Clients</c> stays linear in its size.
/// </summary>
internal sealed partial class CallSites
{
    /// <summary>Per tree, the classes its alias and <c>using static</c> directives name (syntax only: kept across compilations).</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, Directives> DirectivesByTree = new();

    private readonly ConcurrentDictionary<string, Dictionary<string, List<SimpleNameSyntax>>> _byQualifier = new(StringComparer.Ordinal);
    private HashSet<string>? _globalTargets;

    /// <summary>
    /// The simple names that may use <paramref name="member"/>; null when it is not a static member of a static class
    /// (an extension method is called on its receiver), or a global alias or <c>global using static</c> names its
    /// class, so any tree may use it unqualified.
    /// </summary>
    private List<SimpleNameSyntax>? StaticMemberCandidates(ISymbol member)
    {
        if (!member.IsStatic || member.ContainingType is not { IsStatic: true } type || member is IMethodSymbol { IsExtensionMethod: true }
            || GlobalTargets().Contains(type.Name))
        {
            return null;
        }

        var candidates = new List<SimpleNameSyntax>();
        var seen = new HashSet<(SyntaxTree, int)>();
        if (_byQualifier.GetOrAdd(member.Name, GroupByQualifier).TryGetValue(type.Name, out var qualified))
        {
            foreach (var name in qualified)
            {
                if (seen.Add((name.SyntaxTree, name.SpanStart)))
                {
                    candidates.Add(name);
                }
            }
        }

        // Inside its class, the member is used by its name alone.
        foreach (var simple in NamesInDeclaringTrees(member))
        {
            if (seen.Add((simple.SyntaxTree, simple.SpanStart)))
            {
                candidates.Add(simple);
            }
        }

        return candidates;
    }

    /// <summary>The spellings of a name by each class name that may qualify them: the receiver's last name, and the classes the tree's directives name.</summary>
    private Dictionary<string, List<SimpleNameSyntax>> GroupByQualifier(string name)
    {
        var groups = new Dictionary<string, List<SimpleNameSyntax>>(StringComparer.Ordinal);
        foreach (var simple in Names(name))
        {
            if (simple.Parent is MemberAccessExpressionSyntax access && access.Name == simple && LastName(access.Expression) is { } qualifier)
            {
                Add(groups, qualifier, simple);
            }

            foreach (var target in DirectivesOf(simple.SyntaxTree).Targets)
            {
                Add(groups, target, simple);
            }
        }

        return groups;
    }

    private static void Add(Dictionary<string, List<SimpleNameSyntax>> groups, string key, SimpleNameSyntax name)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups.Add(key, list = new List<SimpleNameSyntax>());
        }

        list.Add(name);
    }

    /// <summary>The classes global aliases and <c>global using static</c> directives name, once per compilation.</summary>
    private HashSet<string> GlobalTargets()
    {
        if (_globalTargets is { } known)
        {
            return known;
        }

        // Global directives stand first in a file, before any namespace.
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (!directive.GlobalKeyword.IsKind(SyntaxKind.None) && Names(directive) is { } target)
                    {
                        targets.Add(target);
                    }
                }
            }
        }

        return _globalTargets = targets;
    }

    private static Directives DirectivesOf(SyntaxTree tree)
        => DirectivesByTree.TryGetValue(tree, out var known) ? known : DirectivesByTree.GetValue(tree, Directives.Read);

    /// <summary>The class an alias or <c>using static</c> directive names (its last name); null for a namespace import.</summary>
    private static string? Names(UsingDirectiveSyntax directive)
        => directive is { Name: { } named } && (directive.Alias is not null || !directive.StaticKeyword.IsKind(SyntaxKind.None)) ? LastName(named) : null;

    /// <summary>The rightmost name of an expression that names a type or namespace: Config in <c>Ns.Config</c> or <c>global::Config</c>.</summary>
    private static string? LastName(SyntaxNode expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private sealed class Directives
    {
        private static readonly Directives None = new(Array.Empty<string>());

        private Directives(string[] targets) => Targets = targets;

        /// <summary>The classes (last names) this tree's own alias and using static directives name (global ones reach every tree: <see cref="GlobalTargets"/>).</summary>
        public string[] Targets { get; }

        public static Directives Read(SyntaxTree tree)
        {
            List<string>? targets = null;
            foreach (var node in tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            {
                if (node is UsingDirectiveSyntax directive && directive.GlobalKeyword.IsKind(SyntaxKind.None) && Names(directive) is { } target)
                {
                    (targets ??= new List<string>()).Add(target);
                }
            }

            return targets is null ? None : new Directives(targets.ToArray());
        }
    }
}
